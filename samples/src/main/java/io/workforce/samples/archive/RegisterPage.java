package io.workforce.samples.archive;

import static io.workforce.samples.archive.ArchivePages.pages;
import static io.workforce.samples.archive.ArchivePages.rows;
import static io.workforce.samples.archive.ArchivePages.slice;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * {@code Register.aspx}: the list of issue 16 as it was met — an ASP.NET GridView of 37 records,
 * ten a page, whose pager is one cell of the grid, {@code <span>1</span> <a>2</a> <a>3</a>
 * <a>4</a>}, every link posting the form back to the same address. {@code pager=next} shows 上一页/下一页
 * post-back links and "第 N 页" instead; {@code stuck=K} makes the post-back that leaves page K
 * answer page K again (a page that never arrives), in both pagers.
 */
final class RegisterPage {

  /** How many records the register lists (the first of the archive). */
  static final int RECORDS = 37;

  static final int SIZE = 10;
  private static final String GRID = "gvRegister";

  private RegisterPage() {}

  /**
   * The page to show: 1 for a GET; for a post-back {@code Page$N}, {@code Page$Next} or {@code
   * Page$Prev} from the page its view state holds; -1 when the view state is missing or not this
   * grid's.
   */
  static int requestedPage(
      boolean post, String eventTarget, String argument, String viewState, int stuck) {
    if (!post) {
      return 1;
    }
    Integer from = decode(viewState);
    if (from == null) {
      return -1;
    }
    if (!GRID.equals(eventTarget) || argument == null || !argument.startsWith("Page$")) {
      return from;
    }
    if (from == stuck) {
      return from;
    }
    String to = argument.substring(5);
    int page =
        switch (to) {
          case "Next" -> from + 1;
          case "Prev" -> from - 1;
          default -> parse(to, from);
        };
    return Math.max(1, Math.min(pages(RECORDS, SIZE), page));
  }

  static String render(
      String user, List<ArchiveRecord> archive, int page, boolean next, int stuck) {
    if (page < 0) {
      return ArchivePages.page(
          "档案登记簿", user, "<div class=\"msg\" id=\"error\">状态信息无效，请重新打开本页。</div>");
    }
    List<ArchiveRecord> all = archive.subList(0, Math.min(RECORDS, archive.size()));
    int count = pages(all.size(), SIZE);
    String viewState =
        Base64.getEncoder().encodeToString((GRID + "|" + page).getBytes(StandardCharsets.UTF_8));
    String action = "Register.aspx" + query(next, stuck);
    return ArchivePages.page(
        "档案登记簿",
        user,
        "<form method=\"post\" action=\""
            + action
            + "\" id=\"form1\">"
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
            + "<tr class=\"pgr\"><td colspan=\"6\">"
            + (next ? nextPrevious(page, count) : numeric(page, count))
            + "</td></tr></table></form>");
  }

  /** GridView's Numeric pager: {@code <span>1</span> <a>2</a> <a>3</a> <a>4</a>}. */
  private static String numeric(int page, int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      sb.append(i == page ? "<span>" + i + "</span>" : link("Page$" + i, String.valueOf(i)))
          .append(' ');
    }
    return sb.toString().trim();
  }

  /** GridView's NextPrevious pager: the links only where they lead somewhere. */
  private static String nextPrevious(int page, int count) {
    return (page > 1 ? link("Page$Prev", "上一页") + " " : "")
        + (page < count ? link("Page$Next", "下一页") + " " : "")
        + "第 <span id=\"cur\">"
        + page
        + "</span> 页";
  }

  private static String link(String argument, String text) {
    return "<a href=\"javascript:__doPostBack('"
        + GRID
        + "','"
        + argument
        + "')\">"
        + text
        + "</a>";
  }

  private static String query(boolean next, int stuck) {
    String q = (next ? "&amp;pager=next" : "") + (stuck > 0 ? "&amp;stuck=" + stuck : "");
    return q.isEmpty() ? "" : "?" + q.substring(5);
  }

  private static int parse(String number, int fallback) {
    try {
      return Integer.parseInt(number);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static Integer decode(String viewState) {
    if (viewState == null || viewState.isEmpty()) {
      return null;
    }
    try {
      String s = new String(Base64.getDecoder().decode(viewState), StandardCharsets.UTF_8);
      int bar = s.indexOf('|');
      return bar < 0 || !GRID.equals(s.substring(0, bar))
          ? null
          : Integer.parseInt(s.substring(bar + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
