package io.workforce.samples.health;

import static io.workforce.samples.web.Html.esc;

import io.workforce.samples.data.Checkup;
import io.workforce.samples.data.HealthRecord;
import java.util.List;

/** Pages of the health system, in the style of a 2016 ASP.NET WebForms application. */
final class HealthPages {

  static final String TITLE = "儿童健康管理信息系统";

  private static final String STYLE =
      """
      <style>
      body { margin: 0; font-family: "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; font-size: 13px; background: #eef5f1; }
      .top { background: linear-gradient(#2e8b57, #23704a); color: #fff; padding: 10px 20px; }
      .top h1 { font-size: 19px; margin: 0; display: inline; }
      .top .user { float: right; }
      .top a { color: #fff; }
      .content { margin: 16px 20px; background: #fff; border: 1px solid #cfe3d6; padding: 14px 18px; }
      .grid { border-collapse: collapse; margin-top: 10px; }
      .grid th { background: #d9eee1; border: 1px solid #b5d5c0; padding: 5px 10px; }
      .grid td { border: 1px solid #cfe3d6; padding: 5px 10px; }
      .info td { padding: 4px 10px; } .info td.l { color: #666; text-align: right; }
      input[type=text], input[type=password] { border: 1px solid #9bbfa8; padding: 3px 5px; }
      .btn { background: #2e8b57; color: #fff; border: 0; padding: 4px 16px; cursor: pointer; }
      .msg { color: #b22; margin: 8px 0; }
      </style>""";

  private HealthPages() {}

  static String page(String title, String user, String body) {
    String bar =
        user == null
            ? ""
            : "<span class=\"user\">当前用户：<span id=\"lblUser\">"
                + esc(user)
                + "</span> [<a href=\"Logout.aspx\">注销</a>]</span>";
    return "<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
        + "<title>"
        + esc(title)
        + " - "
        + TITLE
        + "</title>\n"
        + STYLE
        + "\n</head>\n<body>\n<div class=\"top\"><h1>"
        + TITLE
        + "</h1>"
        + bar
        + "</div>\n<div class=\"content\">\n"
        + body
        + "\n</div>\n</body>\n</html>\n";
  }

  static String login(String message, String viewState) {
    return page(
        "登录",
        null,
        "<form method=\"post\" action=\"Login.aspx\" id=\"form1\">"
            + "<input type=\"hidden\" name=\"__VIEWSTATE\" id=\"__VIEWSTATE\" value=\""
            + viewState
            + "\">"
            + "<h3>用户登录</h3>"
            + (message == null ? "" : "<div class=\"msg\" id=\"lblMsg\">" + esc(message) + "</div>")
            + "<table class=\"info\"><tr><td class=\"l\">用户名：</td><td><input type=\"text\" name=\"txtUserName\" id=\"txtUserName\"></td></tr>"
            + "<tr><td class=\"l\">密码：</td><td><input type=\"password\" name=\"txtPassword\" id=\"txtPassword\"></td></tr>"
            + "<tr><td></td><td><input type=\"submit\" name=\"btnLogin\" id=\"btnLogin\" class=\"btn\" value=\"登录\"></td></tr></table></form>");
  }

  static String search(
      String user,
      String viewState,
      String name,
      String id,
      String birth,
      List<HealthRecord> hits,
      String message) {
    StringBuilder sb =
        new StringBuilder(
            "<form method=\"post\" action=\"ChildSearch.aspx\" id=\"form1\">"
                + "<input type=\"hidden\" name=\"__VIEWSTATE\" id=\"__VIEWSTATE\" value=\""
                + viewState
                + "\">"
                + "<h3>儿童健康档案查询</h3><table class=\"info\"><tr>"
                + "<td class=\"l\">儿童姓名：</td><td><input type=\"text\" name=\"txtName\" id=\"txtName\" value=\""
                + esc(name)
                + "\"></td>"
                + "<td class=\"l\">身份证号：</td><td><input type=\"text\" name=\"txtIdNumber\" id=\"txtIdNumber\" size=\"22\" value=\""
                + esc(id)
                + "\"></td>"
                + "<td class=\"l\">出生日期：</td><td><input type=\"text\" name=\"txtBirthDate\" id=\"txtBirthDate\" size=\"11\" value=\""
                + esc(birth)
                + "\" title=\"yyyy-MM-dd\"></td>"
                + "<td><input type=\"submit\" name=\"btnSearch\" id=\"btnSearch\" class=\"btn\" value=\"查询\"></td></tr></table></form>");
    if (message != null) {
      sb.append("<div class=\"msg\" id=\"lblMsg\">").append(esc(message)).append("</div>");
    }
    if (hits != null && !hits.isEmpty()) {
      sb.append(
          "<table class=\"grid\" id=\"gvChildren\"><tr><th>档案编号</th><th>姓名</th><th>性别</th><th>出生日期</th>"
              + "<th>身份证号</th><th>建档机构</th><th>操作</th></tr>");
      for (HealthRecord r : hits) {
        sb.append("<tr><td>")
            .append(esc(r.recordNo()))
            .append("</td><td>")
            .append(esc(r.name()))
            .append("</td><td>")
            .append(esc(r.gender()))
            .append("</td><td>")
            .append(r.birthDate())
            .append("</td><td>")
            .append(esc(r.idNumber()))
            .append("</td><td>")
            .append(esc(r.institution()))
            .append("</td><td><a href=\"ChildDetail.aspx?recordNo=")
            .append(esc(r.recordNo()))
            .append("\">详细</a></td></tr>");
      }
      sb.append("</table>");
    }
    return page("儿童健康档案查询", user, sb.toString());
  }

  static String detail(String user, HealthRecord r) {
    StringBuilder sb = new StringBuilder("<h3>儿童健康档案</h3><table class=\"info\" id=\"basicInfo\">");
    info(sb, "档案编号", "lblRecordNo", r.recordNo());
    info(sb, "姓名", "lblName", r.name());
    info(sb, "性别", "lblGender", r.gender());
    info(sb, "出生日期", "lblBirthDate", r.birthDate().toString());
    info(sb, "身份证号", "lblIdNumber", r.idNumber());
    info(sb, "监护人", "lblGuardian", r.guardian());
    info(sb, "监护人电话", "lblGuardianPhone", r.guardianPhone());
    info(sb, "建档机构", "lblInstitution", r.institution());
    sb.append(
        "</table><h4>体检记录</h4><table class=\"grid\" id=\"gvCheckups\"><tr><th>体检日期</th><th>月龄</th>"
            + "<th>身长/身高(cm)</th><th>体重(kg)</th><th>评价</th><th>体检医生</th></tr>");
    for (Checkup c : r.checkups()) {
      sb.append("<tr><td>")
          .append(c.date())
          .append("</td><td>")
          .append(esc(c.stage()))
          .append("</td><td>")
          .append(c.heightCm())
          .append("</td><td>")
          .append(c.weightKg())
          .append("</td><td>")
          .append(esc(c.result()))
          .append("</td><td>")
          .append(esc(c.doctor()))
          .append("</td></tr>");
    }
    if (r.checkups().isEmpty()) {
      sb.append("<tr><td colspan=\"6\">暂无体检记录</td></tr>");
    }
    sb.append("</table><p><a href=\"ChildSearch.aspx\">返回查询</a></p>");
    return page("儿童健康档案", user, sb.toString());
  }

  private static void info(StringBuilder sb, String label, String id, String value) {
    sb.append("<tr><td class=\"l\">")
        .append(label)
        .append("：</td><td><span id=\"")
        .append(id)
        .append("\">")
        .append(esc(value))
        .append("</span></td></tr>");
  }
}
