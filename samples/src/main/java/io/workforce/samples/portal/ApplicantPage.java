package io.workforce.samples.portal;

import static io.workforce.samples.web.Html.esc;
import static io.workforce.samples.web.Html.selected;

import java.util.Map;

/**
 * Step 1 of a new application (申请人信息). Its habits: labels in table cells or beside their fields
 * without {@code for=}, new ids on every load, a hidden copy of the same form kept in the page
 * (last time's draft), and a "办理方式" select whose change posts the page back, which then shows the
 * agent's fields.
 */
final class ApplicantPage {

  private ApplicantPage() {}

  /**
   * @param values what was entered so far (field name → value)
   * @param message an error to show, or null
   */
  static String render(String clerk, Map<String, String> values, String message) {
    boolean agent = "agent".equals(values.get("mode"));
    StringBuilder b = new StringBuilder(4096);
    b.append("<h2>窗口受理 · 新申请 <small>第 1 步 / 共 2 步：申请人信息</small></h2>")
        .append(PortalLayout.message(message))
        .append("<div class=\"history\" style=\"display:none\"><h3>上次填写的草稿</h3>")
        .append(form("draft", Map.of(), false))
        .append("</div>")
        .append(form("live", values, agent));
    return PortalLayout.page("新申请 - 申请人信息", clerk, b.toString());
  }

  private static String form(String which, Map<String, String> v, boolean agent) {
    boolean live = which.equals("live");
    StringBuilder f = new StringBuilder(2048);
    f.append("<form method=\"post\" action=\"")
        .append(live ? "/portal/apply/step1" : "/portal/apply/draft")
        .append("\" id=\"")
        .append(PortalLayout.id("f"))
        .append("\"><input type=\"hidden\" name=\"__EVENTTARGET\" value=\"\">")
        .append("<div class=\"row\"><label class=\"lbl\">办理方式</label><select name=\"mode\" id=\"")
        .append(PortalLayout.id("s"))
        .append("\" onchange=\"this.form.__EVENTTARGET.value='mode'; this.form.submit()\">")
        .append("<option value=\"self\"")
        .append(selected("self", v.getOrDefault("mode", "self")))
        .append(">本人办理</option><option value=\"agent\"")
        .append(selected("agent", v.get("mode")))
        .append(">代办</option></select></div><table class=\"grid\">")
        .append(cell("申请人姓名", "name", v))
        .append(cell("身份证号码", "idNumber", v))
        .append(cell("联系电话", "mobile", v))
        .append("</table>");
    if (agent) {
      f.append(beside("代办人姓名：", "agentName", v)).append(beside("代办人电话：", "agentMobile", v));
    }
    f.append(
            "<div class=\"row\"><span class=\"lbl\"></span><button type=\"submit\">下一步</button></div>")
        .append("</form>");
    return f.toString();
  }

  private static String cell(String label, String name, Map<String, String> v) {
    return "<tr><td class=\"lbl\">"
        + label
        + "</td><td><input name=\""
        + name
        + "\" id=\""
        + PortalLayout.id("i")
        + "\" value=\""
        + esc(v.getOrDefault(name, ""))
        + "\"></td></tr>";
  }

  private static String beside(String label, String name, Map<String, String> v) {
    return "<div class=\"row\"><span class=\"lbl\">"
        + label
        + "</span><input name=\""
        + name
        + "\" id=\""
        + PortalLayout.id("i")
        + "\" value=\""
        + esc(v.getOrDefault(name, ""))
        + "\"></div>";
  }
}
