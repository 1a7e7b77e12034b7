package io.workforce.samples.intake;

import static io.workforce.samples.web.Html.esc;
import static io.workforce.samples.web.Html.selected;

import io.workforce.samples.data.Application;
import io.workforce.samples.data.Division;
import io.workforce.samples.data.Divisions;
import java.util.List;
import java.util.Map;

/** The three wizard pages, and the pages that end a filing (receipt or duplicate). */
final class WizardPages {

  private WizardPages() {}

  /**
   * Page 1 or 2 of {@code service}, filled with the draft and showing {@code errors} (field →
   * message).
   */
  static String form(
      Service service,
      int page,
      Map<String, String> draft,
      Map<String, String> errors,
      int thisYear) {
    StringBuilder sb = new StringBuilder(steps(service, page));
    if (!errors.isEmpty()) {
      sb.append("<div class=\"alert\" id=\"errors\">请修改以下错误后再提交：<ul>");
      errors.values().forEach(m -> sb.append("<li>").append(esc(m)).append("</li>"));
      sb.append("</ul></div>");
    }
    sb.append("<form method=\"post\" id=\"wizardForm\" action=\"/apply/")
        .append(service.id())
        .append("/step")
        .append(page)
        .append("\"><table class=\"form-table\">");
    boolean hasDate = false;
    boolean hasRegion = false;
    for (Field f : service.page(page)) {
      sb.append("<tr><td class=\"label\"><span class=\"req\">*</span>")
          .append(esc(f.label()))
          .append("：</td><td>")
          .append(input(f, draft))
          .append(error(f, errors))
          .append("</td></tr>");
      hasDate |= f.kind() == Field.Kind.DATE;
      hasRegion |= f.kind() == Field.Kind.REGION;
    }
    sb.append("</table><p style=\"margin-left:180px\">");
    if (page == 2) {
      sb.append(
          "<button type=\"submit\" name=\"action\" value=\"back\" class=\"btn-plain\" id=\"backBtn\">上一步</button> ");
    }
    sb.append(
        "<button type=\"submit\" name=\"action\" value=\"next\" class=\"btn\" id=\"nextBtn\">下一步</button></p></form>");
    if (hasRegion) {
      sb.append(IntakeLayout.REGION_SCRIPT);
    }
    if (hasDate) {
      sb.append(IntakeLayout.datePickerScript(thisYear - 40, thisYear));
    }
    return sb.toString();
  }

  /**
   * Page 3: everything entered, read-only, and a submit button that asks {@code confirm()} first.
   */
  static String confirm(Service service, Map<String, String> draft) {
    StringBuilder sb = new StringBuilder(steps(service, 3));
    sb.append("<p>请核对以下信息，确认无误后提交。</p><table class=\"grid\" id=\"summary\">");
    for (Map.Entry<String, String> e : displayValues(service, draft).entrySet()) {
      sb.append("<tr><th style=\"width:200px\">")
          .append(esc(service.label(e.getKey())))
          .append("</th><td id=\"v-")
          .append(e.getKey())
          .append("\">")
          .append(esc(e.getValue()))
          .append("</td></tr>");
    }
    sb.append("</table><form method=\"post\" action=\"/apply/")
        .append(service.id())
        .append("/submit\" style=\"margin-top:16px\">")
        .append("<button type=\"button\" class=\"btn-plain\" onclick=\"location.href='/apply/")
        .append(service.id())
        .append(
            "/step2'\">上一步</button> <button type=\"submit\" class=\"btn\" id=\"submitBtn\" "
                + "onclick=\"return confirm('确认提交该申请吗？提交后将不能修改。')\">提交申请</button></form>");
    return sb.toString();
  }

  static String done(Application a) {
    return "<div class=\"ok\" id=\"result\"><h2>受理成功</h2><p>您的申请已受理，受理编号：<span class=\"receipt-no\" id=\"receiptNo\">"
        + esc(a.receiptNo())
        + "</span></p><p>事项："
        + esc(Service.byId(a.service()).name())
        + "；名称："
        + esc(a.title())
        + "</p></div><p><a href=\"/apply/"
        + a.service()
        + "/step1\" id=\"again\">继续受理</a> | "
        + "<a href=\"/applications\">查看已受理事项</a></p>";
  }

  static String duplicate(Service service, Application existing) {
    String what = service == Service.COMPANY ? "该统一社会信用代码" : "该儿童（身份证号）";
    return "<div class=\"alert\" id=\"duplicate\"><h2>重复申请</h2><p>"
        + what
        + "已于 "
        + existing.filedAt().toLocalDate()
        + " 受理，不能重复提交。</p><p>已有受理编号：<span class=\"receipt-no\" id=\"existingReceiptNo\">"
        + esc(existing.receiptNo())
        + "</span></p></div><p><a href=\"/applications/"
        + esc(existing.receiptNo())
        + "\">查看已受理的申请</a> | <a href=\"/apply/"
        + service.id()
        + "/step1?reset=1\">受理新的申请</a></p>";
  }

  /** Stored values as a person reads them: region codes become names. */
  static Map<String, String> displayValues(Service service, Map<String, String> values) {
    Map<String, String> shown = new java.util.LinkedHashMap<>();
    for (Field f : service.fields()) {
      for (String name : f.storedNames()) {
        String v = values.getOrDefault(name, "");
        Division d = f.kind() == Field.Kind.REGION ? Divisions.table().get(v) : null;
        shown.put(name, d == null ? v : d.name());
      }
    }
    return shown;
  }

  private static String steps(Service service, int page) {
    List<String> titles =
        List.of(
            "1. " + service.pageTitles().get(0), "2. " + service.pageTitles().get(1), "3. 确认提交");
    StringBuilder sb =
        new StringBuilder("<h2>" + esc(service.name()) + "</h2><div class=\"steps\">");
    for (int i = 0; i < 3; i++) {
      String cls = i + 1 == page ? "current" : i + 1 < page ? "done" : "";
      sb.append("<span class=\"")
          .append(cls)
          .append("\">")
          .append(esc(titles.get(i)))
          .append("</span>");
    }
    return sb.append("</div>").toString();
  }

  private static String error(Field f, Map<String, String> errors) {
    String m = errors.get(f.name());
    return m == null
        ? ""
        : "<span class=\"field-error\" id=\"err-" + f.name() + "\">" + esc(m) + "</span>";
  }

  private static String input(Field f, Map<String, String> draft) {
    String v = draft.getOrDefault(f.name(), "");
    return switch (f.kind()) {
      case TEXT ->
          "<input type=\"text\" name=\""
              + f.name()
              + "\" id=\""
              + f.name()
              + "\" value=\""
              + esc(v)
              + "\">";
      case DATE ->
          "<input type=\"text\" name=\""
              + f.name()
              + "\" id=\""
              + f.name()
              + "\" value=\""
              + esc(v)
              + "\" readonly placeholder=\"点击选择日期\" onclick=\"dpOpen(this)\">";
      case SELECT -> options(f.name(), f.options(), v);
      case REGION -> region(draft);
    };
  }

  private static String options(String name, List<String> options, String value) {
    StringBuilder sb =
        new StringBuilder(
            "<select name=\"" + name + "\" id=\"" + name + "\"><option value=\"\">请选择</option>");
    options.forEach(
        o ->
            sb.append("<option value=\"")
                .append(esc(o))
                .append('"')
                .append(selected(o, value))
                .append('>')
                .append(esc(o))
                .append("</option>"));
    return sb.append("</select>").toString();
  }

  /**
   * Provinces are in the page; cities and districts only for an already chosen parent (else AJAX
   * fills them).
   */
  private static String region(Map<String, String> draft) {
    String p = draft.getOrDefault("province", "");
    String c = draft.getOrDefault("city", "");
    String d = draft.getOrDefault("district", "");
    Divisions t = Divisions.table();
    return regionSelect("province", "onProvince()", "请选择省份", t.provinces(), p)
        + " "
        + regionSelect("city", "onCity()", "请选择城市", p.isEmpty() ? List.of() : t.childrenOf(p), c)
        + " "
        + regionSelect("district", "", "请选择区县", c.isEmpty() ? List.of() : t.childrenOf(c), d);
  }

  private static String regionSelect(
      String name, String onchange, String placeholder, List<Division> options, String value) {
    StringBuilder sb =
        new StringBuilder(
            "<select name=\""
                + name
                + "\" id=\""
                + name
                + "\" style=\"width:130px\""
                + (onchange.isEmpty() ? "" : " onchange=\"" + onchange + "\"")
                + "><option value=\"\">"
                + placeholder
                + "</option>");
    options.forEach(
        o ->
            sb.append("<option value=\"")
                .append(o.code())
                .append('"')
                .append(selected(o.code(), value))
                .append('>')
                .append(esc(o.name()))
                .append("</option>"));
    return sb.append("</select>").toString();
  }
}
