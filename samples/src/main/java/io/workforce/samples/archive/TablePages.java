package io.workforce.samples.archive;

import static io.workforce.samples.web.Html.esc;

import java.util.List;

/**
 * Tables as old systems draw them: header rows that are not {@code <th>}, merged cells in headers
 * and bodies, a label/value detail table, a list whose details open in a frame that keeps the
 * previous record until it reloads, and a visitor log with genuinely repeated rows.
 */
final class TablePages {

  static final int HEADER_ROWS = 8;
  static final int VISITS_SIZE = 6;

  private TablePages() {}

  /**
   * {@code headers.do}: the same eight records under five header styles — {@code <td><b>}, {@code
   * <thead>} with {@code <td>}, a title row above {@code <td><strong>}, none at all, and a header
   * in the second row below a line of search conditions.
   */
  static String headers(String user, List<ArchiveRecord> all) {
    List<ArchiveRecord> some = ArchivePages.slice(all, 0, HEADER_ROWS);
    String rows = ArchivePages.rows(some);
    return ArchivePages.page(
        "表头样式",
        user,
        "<h4>粗体单元格表头</h4><table class=\"list\" id=\"boldHeader\">"
            + header("<td><b>", "</b></td>")
            + rows
            + "</table><h4>thead 中的 td</h4><table class=\"list\" id=\"theadTd\"><thead>"
            + header("<td>", "</td>")
            + "</thead><tbody>"
            + rows
            + "</tbody></table><h4>标题行</h4><table class=\"list\" id=\"titled\">"
            + "<tr><td colspan=\"6\" class=\"title\">档案清单（前 "
            + HEADER_ROWS
            + " 条）</td></tr>"
            + header("<td><strong>", "</strong></td>")
            + rows
            + "</table><h4>无表头</h4><table class=\"list\" id=\"noHeader\">"
            + rows
            + "</table><h4>第二行表头</h4><table class=\"list\" id=\"secondRow\">"
            + "<tr><td colspan=\"3\">查询条件：全部</td><td colspan=\"3\">打印日期：2025-06-30</td></tr>"
            + header("<td class=\"lbl\">", "</td>")
            + rows
            + "</table>");
  }

  private static String header(String open, String close) {
    StringBuilder sb = new StringBuilder("<tr>");
    ArchiveTruth.LIST_COLUMNS.forEach(c -> sb.append(open).append(c).append(close));
    return sb.append("</tr>").toString();
  }

  /**
   * {@code summary.do}: counts by district and matter. Two header rows (区县, 事项 and 合计 span both; 性别
   * spans 男 and 女), the district merged down its matters, the total's label across two columns.
   */
  static String summary(String user, List<ArchiveRecord> all) {
    StringBuilder sb =
        new StringBuilder(
            "<table class=\"list\" id=\"stats\"><tr><th rowspan=\"2\">区县</th><th rowspan=\"2\">事项</th>"
                + "<th colspan=\"2\">性别</th><th rowspan=\"2\">合计</th></tr><tr><th>男</th><th>女</th></tr>\n");
    int m = 0;
    int f = 0;
    for (Summary.Group g : Summary.of(all)) {
      for (int i = 0; i < g.lines().size(); i++) {
        Summary.Line line = g.lines().get(i);
        sb.append("<tr>");
        if (i == 0) {
          sb.append("<td rowspan=\"")
              .append(g.lines().size())
              .append("\">")
              .append(g.district())
              .append("</td>");
        }
        sb.append(count(line.matter(), line.male(), line.female())).append("</tr>\n");
        m += line.male();
        f += line.female();
      }
    }
    sb.append("<tr><td colspan=\"2\">合计</td>")
        .append(count(null, m, f).substring("<td></td>".length()))
        .append("</tr></table>");
    return ArchivePages.page("分类统计", user, sb.toString());
  }

  private static String count(String matter, int m, int f) {
    return "<td>"
        + (matter == null ? "" : matter)
        + "</td><td>"
        + m
        + "</td><td>"
        + f
        + "</td><td>"
        + (m + f)
        + "</td>";
  }

  /** {@code detail.do?no=}: a label/value table with section rows and values across columns. */
  static String detail(String user, ArchiveRecord r) {
    if (r == null) {
      return ArchivePages.page("档案详情", user, "<p id=\"hint\">请在左侧选择档案。</p>");
    }
    String body =
        "<h3 id=\"recNo\">档案 "
            + esc(r.no())
            + "</h3><table class=\"list\" id=\"info\">"
            + title("基本信息")
            + "<tr>"
            + pair("档案号", r.no())
            + pair("姓　　名", r.name())
            + "</tr><tr>"
            + pair("性　　别", r.gender())
            + pair("身份证号", r.idNumber())
            + "</tr><tr>"
            + pair("登记日期", r.registeredOn().toString())
            + pair("区　　县", r.district())
            + "</tr><tr>"
            + wide("事　　项", r.matter())
            + "</tr>"
            + title("联系方式")
            + "<tr>"
            + wide("住　　址", r.address())
            + "</tr><tr>"
            + wide("联系电话", r.phone())
            + "</tr></table>";
    return ArchivePages.page("档案详情", user, body);
  }

  private static String title(String text) {
    return "<tr><td colspan=\"4\" class=\"title\">" + text + "</td></tr>";
  }

  private static String pair(String label, String value) {
    return "<td class=\"lbl\">" + label + "：</td><td>" + esc(value) + "</td>";
  }

  private static String wide(String label, String value) {
    return "<td class=\"lbl\">" + label + "：</td><td colspan=\"3\">" + esc(value) + "</td>";
  }

  /**
   * {@code browse.do}: eight records, each with a 查看 link that loads its detail into the frame
   * {@code #detail} — slowly, so the frame shows the previous record until then.
   */
  static String browse(String user, List<ArchiveRecord> all, int delayMillis) {
    StringBuilder sb =
        new StringBuilder(
            "<div style=\"display:flex;gap:12px\"><table class=\"list\" id=\"list\">"
                + ArchivePages.thRow().replace("</tr>", "<th>操作</th></tr>"));
    for (ArchiveRecord r : ArchivePages.slice(all, 0, HEADER_ROWS)) {
      sb.append("<tr>")
          .append(ArchivePages.cells(r))
          .append("<td><a href=\"detail.do?no=")
          .append(esc(r.no()))
          .append("&amp;delay=")
          .append(delayMillis)
          .append("\" target=\"detail\">查看</a></td></tr>\n");
    }
    sb.append(
        "</table><iframe name=\"detail\" id=\"detail\" src=\"detail.do\" width=\"560\" height=\"420\"></iframe></div>");
    return ArchivePages.page("档案浏览", user, sb.toString());
  }

  /** {@code visits.do?p=N}: six visits a page, 下一页 until the last page. */
  static String visits(String user, List<Visit> all, int page) {
    int count = ArchivePages.pages(all.size(), VISITS_SIZE);
    int p = Math.max(1, Math.min(page, count));
    StringBuilder sb =
        new StringBuilder(
            "<table class=\"list\" id=\"visits\"><tr><th>来访日期</th><th>姓名</th><th>事项</th><th>窗口</th></tr>");
    for (Visit v : ArchivePages.slice(all, (p - 1) * VISITS_SIZE, VISITS_SIZE)) {
      sb.append("<tr><td>")
          .append(v.date())
          .append("</td><td>")
          .append(esc(v.name()))
          .append("</td><td>")
          .append(esc(v.matter()))
          .append("</td><td>")
          .append(esc(v.window()))
          .append("</td></tr>\n");
    }
    sb.append("</table><div class=\"pager\">第 ")
        .append(p)
        .append(" 页 ")
        .append(
            p < count
                ? "<a href=\"visits.do?p=" + (p + 1) + "\">下一页</a>"
                : "<span class=\"disabled\">下一页</span>")
        .append("</div>");
    return ArchivePages.page("来访登记", user, sb.toString());
  }
}
