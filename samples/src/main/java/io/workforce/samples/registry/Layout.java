package io.workforce.samples.registry;

import static io.workforce.samples.web.Html.esc;

/** Page skeletons of the registry, in the style of a 2008 JSP application (tables, frames, GBK). */
final class Layout {

  static final String TITLE = "企业登记管理信息系统";

  private static final String STYLE =
      """
      <style type="text/css">
      body { margin: 0; font-family: "宋体", SimSun, "Noto Sans CJK SC", serif; font-size: 12px; background: #fff; }
      td, th, input, select { font-size: 12px; }
      .banner { background: #1f5fa8; color: #fff; height: 60px; }
      .banner h1 { font-size: 22px; margin: 0; padding: 14px 16px; letter-spacing: 2px; }
      .menu { background: #e8f0fa; height: 100%; }
      .menu a { display: block; padding: 6px 14px; color: #103d7a; text-decoration: none; border-bottom: 1px dotted #9ab; }
      .location { background: #dbe7f5; padding: 4px 8px; border-bottom: 1px solid #9cb4d8; }
      table.list { background: #a4c4e8; width: 100%; }
      table.list th { background: #cfe0f3; font-weight: bold; height: 24px; }
      table.list td { background: #fff; height: 22px; padding: 0 4px; }
      table.list tr.odd td { background: #f3f8fd; }
      table.form { background: #a4c4e8; }
      table.form td.label { background: #e8f0fa; text-align: right; width: 140px; padding-right: 6px; }
      table.form td { background: #fff; padding: 3px 6px; }
      .btn { border: 1px solid #5b7fb5; background: #e1eaf7; padding: 2px 10px; cursor: pointer; }
      .error { color: #c00; }
      .pager { padding: 6px; text-align: right; }
      </style>""";

  private Layout() {}

  /** A full HTML 4.01 page declaring GBK, as the old server sent every page. */
  static String page(String title, String body) {
    return "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html>\n<head>\n"
        + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">\n"
        + "<title>"
        + esc(title)
        + "</title>\n"
        + STYLE
        + "\n</head>\n"
        + body
        + "\n</html>\n";
  }

  static String frameset(String user) {
    return "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Frameset//EN\">\n<html>\n<head>\n"
        + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">\n"
        + "<title>"
        + TITLE
        + " - "
        + esc(user)
        + "</title>\n</head>\n"
        + "<frameset rows=\"60,*\" frameborder=\"0\" border=\"0\">\n"
        + "  <frame name=\"topFrame\" src=\"top.jsp\" scrolling=\"no\" noresize>\n"
        + "  <frameset cols=\"180,*\" frameborder=\"1\" border=\"1\">\n"
        + "    <frame name=\"leftFrame\" src=\"menu.jsp\" scrolling=\"auto\">\n"
        + "    <frame name=\"mainFrame\" src=\"welcome.jsp\" scrolling=\"auto\">\n"
        + "  </frameset>\n"
        + "  <noframes><body>您的浏览器不支持框架，请使用 IE 6.0 或以上版本。</body></noframes>\n"
        + "</frameset>\n</html>\n";
  }

  static String top(String user) {
    return page(
        TITLE,
        "<body class=\"banner\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr>"
            + "<td><h1>"
            + TITLE
            + "</h1></td>"
            + "<td align=\"right\" style=\"padding-right:16px;color:#fff\">当前用户："
            + esc(user)
            + " &nbsp;|&nbsp; <a href=\"logout.do\" target=\"_top\" style=\"color:#fff\">退出系统</a></td>"
            + "</tr></table></body>");
  }

  static String menu() {
    return page(
        "菜单",
        "<body class=\"menu\">"
            + "<div style=\"padding:8px 14px;font-weight:bold;color:#1f5fa8\">业务菜单</div>"
            + "<a href=\"welcome.jsp\" target=\"mainFrame\">首页</a>"
            + "<a href=\"search.do\" target=\"mainFrame\">企业登记信息查询</a>"
            + "<a href=\"javascript:alert('您没有该功能的权限！')\">企业设立登记</a>"
            + "<a href=\"javascript:alert('您没有该功能的权限！')\">统计报表</a>"
            + "<a href=\"logout.do\" target=\"_top\">退出系统</a>"
            + "</body>");
  }

  static String welcome(String user, int newThisMonth) {
    return page(
        "首页",
        "<body><div class=\"location\">当前位置：首页</div>"
            + "<div style=\"padding:16px\"><p>欢迎您，<b>"
            + esc(user)
            + "</b>！</p>"
            + "<p>本月新设立企业 <b id=\"newCount\">"
            + newThisMonth
            + "</b> 户，请及时办理信息推送。</p>"
            + "<p style=\"color:#888\">系统公告：系统每日 22:00 至次日 6:00 进行数据维护，期间暂停服务。"
            + "为保障信息安全，长时间未操作系统将自动退出。</p></div></body>");
  }
}
