package io.workforce.samples.archive;

import static io.workforce.samples.archive.ArchivePages.pages;
import static io.workforce.samples.archive.ArchivePages.rows;
import static io.workforce.samples.archive.ArchivePages.slice;

import java.util.List;

/**
 * Record lists behind the pagers of old systems, each with its own header style: numbered links
 * with the current page as plain text; first/previous/next/last links that turn into grey text at
 * the ends; a page-number box with buttons.
 */
final class PagerPages {

  static final int NUMBERED_SIZE = 10;
  static final int LIST_SIZE = 8;
  static final int BOX_SIZE = 7;

  private PagerPages() {}

  /**
   * {@code numbered.do?page=N}: {@code <span>N</span>} for the current page, a link for every other
   * page (the pager of issue 16); {@code <th>} headers.
   */
  static String numbered(String user, List<ArchiveRecord> all, int page) {
    int count = pages(all.size(), NUMBERED_SIZE);
    int p = Math.max(1, Math.min(page, count));
    StringBuilder pager = new StringBuilder("<div class=\"pager\" id=\"pager\">");
    for (int i = 1; i <= count; i++) {
      pager.append(
          i == p
              ? "<span>" + i + "</span> "
              : "<a href=\"numbered.do?page=" + i + "\">" + i + "</a> ");
    }
    pager.append("</div>");
    return ArchivePages.page(
        "档案清单",
        user,
        "<p>共 <b id=\"total\">"
            + all.size()
            + "</b> 条记录</p><table class=\"list\" id=\"list\">"
            + ArchivePages.thRow()
            + rows(slice(all, (p - 1) * NUMBERED_SIZE, NUMBERED_SIZE))
            + "</table>"
            + pager);
  }

  /**
   * {@code list.do?p=N}: 首页 上一页 下一页 末页 (grey text, not links, at the ends), "第 N/M 页", and a first
   * row styled as the header by a CSS class ({@code <tr class="hd"><td>}). With {@code stuck=K} the
   * 下一页 of page K leads to page K again: a pager that never arrives.
   */
  static String list(String user, List<ArchiveRecord> all, int page, int stuck) {
    int count = pages(all.size(), LIST_SIZE);
    int p = Math.max(1, Math.min(page, count));
    String q = stuck > 0 ? "&amp;stuck=" + stuck : "";
    int next = p == stuck ? p : p + 1;
    String pager =
        "<div class=\"pager\">"
            + link(p > 1, "list.do?p=1" + q, "首页")
            + link(p > 1, "list.do?p=" + (p - 1) + q, "上一页")
            + link(p < count, "list.do?p=" + next + q, "下一页")
            + link(p < count, "list.do?p=" + count + q, "末页")
            + " 第 <b id=\"cur\">"
            + p
            + "</b>/<b id=\"pageCount\">"
            + count
            + "</b> 页 共 <b id=\"total\">"
            + all.size()
            + "</b> 条</div>";
    StringBuilder header = new StringBuilder("<tr class=\"hd\">");
    ArchiveTruth.LIST_COLUMNS.forEach(c -> header.append("<td>").append(c).append("</td>"));
    return ArchivePages.page(
        "档案清单",
        user,
        "<table class=\"list\" id=\"list\">"
            + header
            + "</tr>"
            + rows(slice(all, (p - 1) * LIST_SIZE, LIST_SIZE))
            + "</table>"
            + pager);
  }

  /**
   * {@code changing.do?p=N}: newest first, ten a page, 下一页 until the last page. The first time any
   * second page is asked for, a record arrives on top (for good): the reader of page 1 then finds
   * page 1's last record again at the top of page 2.
   */
  static String changing(String user, List<ArchiveRecord> shown, int page) {
    int count = pages(shown.size(), NUMBERED_SIZE);
    int p = Math.max(1, Math.min(page, count));
    return ArchivePages.page(
        "最新档案",
        user,
        "<table class=\"list\" id=\"list\">"
            + ArchivePages.thRow()
            + rows(slice(shown, (p - 1) * NUMBERED_SIZE, NUMBERED_SIZE))
            + "</table><div class=\"pager\">共 <b id=\"total\">"
            + shown.size()
            + "</b> 条 "
            + link(p < count, "changing.do?p=" + (p + 1), "下一页")
            + "</div>");
  }

  private static String link(boolean enabled, String href, String text) {
    return enabled
        ? "<a href=\"" + href + "\">" + text + "</a> "
        : "<span class=\"disabled\">" + text + "</span> ";
  }

  /**
   * {@code pagebox.do}: a form that posts the page number typed in {@code #pageNo}; 上一页 / 下一页 are
   * buttons (下一页 disabled on the last page); headers are {@code <td><b>…</b></td>}.
   */
  static String pageBox(String user, List<ArchiveRecord> all, int page) {
    int count = pages(all.size(), BOX_SIZE);
    int p = Math.max(1, Math.min(page, count));
    StringBuilder header = new StringBuilder("<tr>");
    ArchiveTruth.LIST_COLUMNS.forEach(c -> header.append("<td><b>").append(c).append("</b></td>"));
    String go = "var f=document.forms['pf'];f.pageNo.value=%d;f.submit();";
    String pager =
        "<form name=\"pf\" method=\"post\" action=\"pagebox.do\" class=\"pager\">"
            + "<input type=\"button\" id=\"btnPrev\" value=\"上一页\" onclick=\""
            + go.formatted(p - 1)
            + "\""
            + (p == 1 ? " disabled" : "")
            + "> <input type=\"button\" id=\"btnNext\" value=\"下一页\" onclick=\""
            + go.formatted(p + 1)
            + "\""
            + (p == count ? " disabled" : "")
            + "> 第 <input type=\"text\" name=\"pageNo\" id=\"pageNo\" size=\"3\" value=\""
            + p
            + "\"> 页 / 共 "
            + count
            + " 页 <input type=\"submit\" id=\"btnGo\" value=\"跳转\"></form>";
    return ArchivePages.page(
        "档案清单",
        user,
        "<table class=\"list\" id=\"list\">"
            + header
            + "</tr>"
            + rows(slice(all, (p - 1) * BOX_SIZE, BOX_SIZE))
            + "</table>"
            + pager);
  }
}
