package io.workforce.samples.archive;

import static io.workforce.samples.web.Html.esc;

import java.util.List;

/** Layout, log-in and menu of the archive system: a 2012-style JSP application, UTF-8. */
final class ArchivePages {

  static final String TITLE = "档案管理系统";

  private static final String STYLE =
      """
      <style>
      body { margin: 0; font-family: "SimSun", "Noto Sans CJK SC", serif; font-size: 12px; background: #f4f1ea; }
      .head { background: #7a4b23; color: #fff; padding: 8px 16px; }
      .head h1 { font-size: 18px; margin: 0; display: inline; }
      .head .user { float: right; } .head a { color: #fff; }
      .main { margin: 12px 16px; background: #fff; border: 1px solid #d8c8a8; padding: 10px 14px; }
      table.list { border-collapse: collapse; margin: 8px 0; }
      table.list td, table.list th { border: 1px solid #c9b48f; padding: 4px 8px; }
      tr.hd td { background: #efe3cc; font-weight: bold; }
      td.lbl { background: #f7efe0; text-align: right; color: #553; }
      td.title { background: #e6d5b3; font-weight: bold; }
      .pager { margin: 6px 0; } .pager a, .pager span { margin: 0 3px; }
      .pager .disabled { color: #aaa; }
      .msg { color: #a00; }
      </style>""";

  private ArchivePages() {}

  static String page(String title, String user, String body) {
    String bar =
        user == null
            ? ""
            : "<span class=\"user\">欢迎您，" + esc(user) + " | <a href=\"logout.do\">退出</a></span>";
    return "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>"
        + esc(title)
        + " - "
        + TITLE
        + "</title>\n"
        + STYLE
        + "\n</head>\n<body>\n<div class=\"head\"><h1>"
        + TITLE
        + "</h1>"
        + bar
        + "</div>\n<div class=\"main\">\n"
        + body
        + "\n</div>\n</body>\n</html>\n";
  }

  static String login(String message) {
    return page(
        "用户登录",
        null,
        "<form method=\"post\" action=\"login.do\"><table>"
            + (message == null
                ? ""
                : "<tr><td colspan=\"2\" class=\"msg\" id=\"loginMsg\">"
                    + esc(message)
                    + "</td></tr>")
            + "<tr><td>用户名：</td><td><input type=\"text\" name=\"username\" id=\"username\"></td></tr>"
            + "<tr><td>密　码：</td><td><input type=\"password\" name=\"password\" id=\"password\"></td></tr>"
            + "<tr><td></td><td><input type=\"submit\" id=\"btnLogin\" value=\"登 录\"></td></tr>"
            + "</table></form>");
  }

  /** The menu: one link per list or table shape. */
  static String index(String user) {
    StringBuilder sb = new StringBuilder("<h3 id=\"welcome\">档案业务</h3><ul id=\"menu\">");
    for (String[] item :
        List.of(
            new String[] {"numbered.do", "档案清单 (页码)"},
            new String[] {"Records.aspx", "档案清单 (回发分页)"},
            new String[] {"Register.aspx", "档案登记簿 (回发页码)"},
            new String[] {"list.do", "档案清单 (首页/上一页/下一页/末页)"},
            new String[] {"pagebox.do", "档案清单 (页码框)"},
            new String[] {"more.do", "档案清单 (加载更多)"},
            new String[] {"feed.do", "档案清单 (滚动加载)"},
            new String[] {"headers.do", "表头样式"},
            new String[] {"summary.do", "分类统计 (合并单元格)"},
            new String[] {"browse.do", "档案浏览 (详情框架)"},
            new String[] {"changing.do", "最新档案 (读取中会变化)"},
            new String[] {"visits.do", "来访登记"})) {
      sb.append("<li><a href=\"").append(item[0]).append("\">").append(item[1]).append("</a></li>");
    }
    return page("首页", user, sb.append("</ul>").toString());
  }

  /** The six list cells of a record, in {@link ArchiveTruth#LIST_COLUMNS} order. */
  static String cells(ArchiveRecord r) {
    return "<td>"
        + esc(r.no())
        + "</td><td>"
        + esc(r.name())
        + "</td><td>"
        + esc(r.gender())
        + "</td><td>"
        + r.registeredOn()
        + "</td><td>"
        + esc(r.district())
        + "</td><td>"
        + esc(r.matter())
        + "</td>";
  }

  /** A header row of {@code <th>} cells. */
  static String thRow() {
    StringBuilder sb = new StringBuilder("<tr>");
    ArchiveTruth.LIST_COLUMNS.forEach(c -> sb.append("<th>").append(c).append("</th>"));
    return sb.append("</tr>").toString();
  }

  /** The records of one page as {@code <tr>} rows. */
  static String rows(List<ArchiveRecord> records) {
    StringBuilder sb = new StringBuilder();
    records.forEach(r -> sb.append("<tr>").append(cells(r)).append("</tr>\n"));
    return sb.toString();
  }

  /** Records {@code [from, from + size)} of all, clipped. */
  static <T> List<T> slice(List<T> all, int from, int size) {
    int start = Math.max(0, Math.min(from, all.size()));
    return all.subList(start, Math.min(all.size(), start + size));
  }

  /** How many pages of {@code size} {@code count} records fill. */
  static int pages(int count, int size) {
    return Math.max(1, (count + size - 1) / size);
  }
}
