package io.workforce.runtime.engine;

import io.workforce.flows.step.ReadTable;
import io.workforce.runtime.BrowserCrashedException;
import io.workforce.runtime.BrowserSession;
import io.workforce.runtime.Messages;
import io.workforce.runtime.Selector;
import io.workforce.runtime.SystemException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page side of {@code read_table}: reads the table in one evaluation, waits for a page turn to
 * arrive, reads pagers and the numbers a page shows (current page, record count).
 */
final class TableReader {

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,，]*");

  final BrowserSession page;
  final Selector table;
  final Duration wait;
  private final Map<String, Object> options = new LinkedHashMap<>();
  private final int header;

  TableReader(ReadTable step, ItemContext ctx) {
    this.page = ctx.page();
    this.table = ctx.selector(step.selector());
    this.wait = PageRunners.timeout(ctx, step.timeout());
    this.header = step.header();
    options.put("rows", TableScripts.rows(ctx.selector(step.rows())));
    options.put(
        "header",
        switch (step.header()) {
          case ReadTable.HEADER_AUTO -> "auto";
          case ReadTable.HEADER_NONE -> "none";
          default -> step.header();
        });
  }

  /** The table now (waits until it is on the page). */
  TablePage read() {
    TablePage now = TablePage.of(page.evaluateOn(table, TableScripts.GRID, options));
    if (header >= 1 && header > now.rowCount()) {
      throw new SystemException(
          Messages.get("run.table.noheaderrow", table.source(), now.rowCount(), header));
    }
    return now;
  }

  /**
   * Waits until the table shows other rows than {@code before} — not none, and the same in two
   * reads in a row, so that a page still being drawn is not taken.
   *
   * @param expected what the turn should have brought, for the message
   * @param quiet when not null: no change within this time means the list has ended (null is
   *     returned); when null, no change within the step's timeout fails the step
   */
  TablePage awaitChange(TablePage before, String expected, Duration quiet) {
    long deadline = System.nanoTime() + (quiet != null ? quiet : wait).toNanos();
    TablePage candidate = null;
    RuntimeException failed = null;
    long pause = 20;
    while (true) {
      TablePage now = null;
      try {
        now = read();
        failed = null;
      } catch (BrowserCrashedException e) {
        throw e;
      } catch (RuntimeException e) {
        failed = e; // the page may be between two documents: look again
      }
      if (now != null && !now.rows().isEmpty() && !now.rows().equals(before.rows())) {
        if (now.equals(candidate)) {
          return now;
        }
        candidate = now;
        Conditions.sleep(50);
        continue;
      }
      candidate = null;
      if (System.nanoTime() > deadline) {
        if (failed != null) {
          throw failed; // the new page has no such table: that, not the wait, is the news
        }
        if (quiet != null) {
          return null;
        }
        throw new SystemException(
            now != null && now.rows().isEmpty()
                ? Messages.get("run.table.emptypage", seconds(wait), expected)
                : Messages.get(
                    "run.table.stuck",
                    seconds(wait),
                    expected,
                    before.rows().size(),
                    before.firstRow()));
      }
      Conditions.sleep(pause);
      pause = Math.min(pause * 2, 200);
    }
  }

  /** What the pager that {@code links} matches shows now. */
  PagerState pager(Selector links, Integer current) {
    Map<String, Object> arg = new LinkedHashMap<>();
    arg.put("current", current);
    return PagerState.of(page.evaluateAll(links, TableScripts.PAGER, arg));
  }

  /** The first whole number the element shows (its text, or an input's value). */
  int number(Selector where) {
    String text = page.read(where);
    Matcher m = NUMBER.matcher(text == null ? "" : text);
    if (!m.find()) {
      throw new SystemException(Messages.get("run.table.nonumber", where.source(), text));
    }
    return Integer.parseInt(m.group().replace(",", "").replace("，", ""));
  }

  static long seconds(Duration d) {
    return Math.max(1, (d.toMillis() + 999) / 1000);
  }
}
