package io.workforce.samples.portal;

import static io.workforce.samples.web.Html.esc;

import java.util.List;

/** The clerk's home, the page after submitting, and the receipt that opens in a new tab. */
final class ReceiptPages {

  private ReceiptPages() {}

  static String home(String clerk, int filed) {
    return PortalLayout.page(
        "首页 - " + PortalLayout.TITLE,
        clerk,
        "<h2>工作台</h2><p>今日已受理 <b id=\""
            + PortalLayout.id("n")
            + "\">"
            + filed
            + "</b> 件。</p><p><a href=\"/portal/apply\">新申请</a></p>");
  }

  /** After submitting: the receipt is one click away, in a new tab. */
  static String submitted(String clerk, String receiptNo) {
    return PortalLayout.page(
        "提交成功",
        clerk,
        "<h2>申请已提交</h2><p>申请已进入受理流程。</p>"
            + "<p><button type=\"button\" onclick=\"window.open('/portal/receipt?no="
            + esc(receiptNo)
            + "', '_blank')\">打印受理回执</button> <a href=\"/portal/apply\">继续受理</a></p>");
  }

  /**
   * 申请查询: a person's applications by ID number (receipt number, name, service, date), for a clerk
   * who must find out whether an application is already in.
   */
  static String query(
      String clerk, PortalTruth truth, String idNumber, List<FiledApplication> hits) {
    StringBuilder rows = new StringBuilder();
    for (FiledApplication a : hits) {
      rows.append("<tr><td>")
          .append(esc(a.receiptNo()))
          .append("</td><td>")
          .append(esc(a.name()))
          .append("</td><td>")
          .append(esc(truth.services().get(a.serviceCode())))
          .append("</td><td>")
          .append(esc(a.appointment().toString()))
          .append("</td></tr>");
    }
    return PortalLayout.page(
        "申请查询 - " + PortalLayout.TITLE,
        clerk,
        "<h2>申请查询</h2><form method=\"get\" action=\"/portal/query\"><div class=\"row\">"
            + "<span class=\"lbl\">身份证号码</span><input name=\"idNumber\" value=\""
            + esc(idNumber)
            + "\"> <button type=\"submit\">查询</button></div></form>"
            + (idNumber.isEmpty()
                ? ""
                : "<p>共 "
                    + hits.size()
                    + " 件。</p>"
                    + "<table class=\"receipt hits\"><thead><tr><th>受理编号</th><th>申请人</th>"
                    + "<th>办理事项</th><th>预约日期</th></tr></thead><tbody>"
                    + rows
                    + "</tbody></table>"));
  }

  static String receipt(PortalTruth truth, FiledApplication a) {
    String where =
        truth.regionName(a.cityCode())
            + truth.regionName(a.districtCode())
            + truth.regionName(a.streetCode());
    return PortalLayout.page(
        "受理回执 " + a.receiptNo(),
        null,
        "<h2>受理回执</h2><table class=\"receipt\">"
            + row("受理编号", a.receiptNo())
            + row("申请人", a.name())
            + row("办理事项", truth.services().get(a.serviceCode()))
            + row("预约日期", a.appointment().toString())
            + row("办理地点", where)
            + "</table>");
  }

  private static String row(String label, String value) {
    return "<tr><td>" + esc(label) + "</td><td>" + esc(value) + "</td></tr>";
  }
}
