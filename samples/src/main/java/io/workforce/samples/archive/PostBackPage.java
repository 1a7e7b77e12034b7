package io.workforce.samples.archive;

import static io.workforce.samples.archive.ArchivePages.pages;
import static io.workforce.samples.archive.ArchivePages.rows;
import static io.workforce.samples.archive.ArchivePages.slice;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * {@code Records.aspx}: an ASP.NET GridView. Its pager is a row inside the grid (a nested table),
 * shows five page numbers at a time with {@code ...} links to the neighbouring groups, the current
 * page as a {@code <span>}, and every link posts the form back ({@code __doPostBack}) with the
 * {@code __VIEWSTATE} the server needs to know the grid.
 */
final class PostBackPage {

  static final int SIZE = 4;
  static final int BUTTONS = 5;
  private static final String GRID = "gvRecords";

  private PostBackPage() {}

  /**
   * The page to show for a request: 1 for a GET, the posted {@code Page$N} for a post-back; -1 when
   * a post-back's view state is missing or not this grid's (the page then says so).
   */
  static int requestedPage(
      boolean post, String eventTarget, String argument, String viewState, int pageCount) {
    if (!post) {
      return 1;
    }
    if (!GRID.equals(decode(viewState))) {
      return -1;
    }
    if (GRID.equals(eventTarget) && argument != null && argument.startsWith("Page$")) {
      try {
        return Math.max(1, Math.min(pageCount, Integer.parseInt(argument.substring(5))));
      } catch (NumberFormatException e) {
        return 1;
      }
    }
    return 1;
  }

  static int pageCount(int records) {
    return pages(records, SIZE);
  }

  static String render(String user, List<ArchiveRecord> all, int page) {
    if (page < 0) {
      return ArchivePages.page(
          "档案清单", user, "<div class=\"msg\" id=\"error\">状态信息无效，请重新打开本页。</div>");
    }
    int count = pageCount(all.size());
    String viewState =
        Base64.getEncoder().encodeToString((GRID + "|" + page).getBytes(StandardCharsets.UTF_8));
    return ArchivePages.page(
        "档案清单",
        user,
        "<form method=\"post\" action=\"Records.aspx\" id=\"form1\">"
            + "<input type=\"hidden\" name=\"__EVENTTARGET\" id=\"__EVENTTARGET\" value=\"\">"
            + "<input type=\"hidden\" name=\"__EVENTARGUMENT\" id=\"__EVENTARGUMENT\" value=\"\">"
            + "<input type=\"hidden\" name=\"__VIEWSTATE\" id=\"__VIEWSTATE\" value=\""
            + viewState
            + "\">"
            + "<script>function __doPostBack(t, a) { var f = document.getElementById('form1');"
            + " f.__EVENTTARGET.value = t; f.__EVENTARGUMENT.value = a; f.submit(); }</script>"
            + "<table class=\"list\" id=\""
            + GRID
            + "\" rules=\"all\">"
            + ArchivePages.thRow().replace("<th>", "<th scope=\"col\">")
            + rows(slice(all, (page - 1) * SIZE, SIZE))
            + "<tr class=\"pgr\"><td colspan=\"6\"><table><tr>"
            + pager(page, count)
            + "</tr></table></td></tr></table></form>");
  }

  /** GridView's NumericFirstLast pager: 首页 ... 6 7 [8] 9 10 ... 尾页. */
  private static String pager(int page, int count) {
    int first = (page - 1) / BUTTONS * BUTTONS + 1;
    int last = Math.min(count, first + BUTTONS - 1);
    StringBuilder sb = new StringBuilder();
    if (first > 1) {
      sb.append(cell(1, "首页")).append(cell(first - 1, "..."));
    }
    for (int i = first; i <= last; i++) {
      sb.append(i == page ? "<td><span>" + i + "</span></td>" : cell(i, String.valueOf(i)));
    }
    if (last < count) {
      sb.append(cell(last + 1, "...")).append(cell(count, "尾页"));
    }
    return sb.toString();
  }

  private static String cell(int page, String text) {
    return "<td><a href=\"javascript:__doPostBack('"
        + GRID
        + "','Page$"
        + page
        + "')\">"
        + text
        + "</a></td>";
  }

  private static String decode(String viewState) {
    if (viewState == null || viewState.isEmpty()) {
      return null;
    }
    try {
      String s = new String(Base64.getDecoder().decode(viewState), StandardCharsets.UTF_8);
      int bar = s.indexOf('|');
      return bar < 0 ? null : s.substring(0, bar);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
