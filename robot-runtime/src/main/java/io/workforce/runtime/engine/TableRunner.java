package io.workforce.runtime.engine;

import io.workforce.flows.step.ReadTable;
import io.workforce.runtime.BrowserSession;
import io.workforce.runtime.Messages;
import io.workforce.runtime.Secrets;
import io.workforce.runtime.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code read_table}: rows into records, across pages (next button, page links or infinite scroll).
 */
final class TableRunner {

  private TableRunner() {}

  static void readTable(ReadTable step, ItemContext ctx) {
    List<Map<String, Object>> out = new ArrayList<>();
    PageRunners.timed(
        ctx,
        step.timeout(),
        () -> {
          read(step, ctx, out);
          return null;
        });
    ctx.scope.set(step.into(), Secrets.maskRead(out));
    ctx.detail = step.into() + ": " + out.size();
  }

  private static void read(ReadTable step, ItemContext ctx, List<Map<String, Object>> out) {
    BrowserSession page = ctx.page();
    Selector table = ctx.selector(step.selector());
    Selector rows = ctx.selector(step.rows());
    Duration wait = PageRunners.timeout(ctx, step.timeout());
    int limit = step.limit() <= 0 ? Integer.MAX_VALUE : step.limit();
    ReadTable.Pagination pagination = step.pagination();
    List<List<String>> current = page.table(table, rows);
    int links =
        pagination instanceof ReadTable.PageLinks p ? page.count(ctx.selector(p.selector())) : 0;
    for (int pageNo = 1; ; pageNo++) {
      int skip = pagination instanceof ReadTable.InfiniteScroll ? out.size() : 0;
      List<String> header = current.get(0);
      for (List<String> cells :
          current.subList(1 + Math.min(skip, current.size() - 1), current.size())) {
        if (out.size() >= limit) {
          return;
        }
        out.add(record(step, header, cells));
      }
      List<List<String>> next =
          nextPage(pagination, pageNo, links, page, ctx, table, rows, current, wait);
      if (next == null) {
        return;
      }
      current = next;
    }
  }

  private static List<List<String>> nextPage(
      ReadTable.Pagination pagination,
      int pageNo,
      int links,
      BrowserSession page,
      ItemContext ctx,
      Selector table,
      Selector rows,
      List<List<String>> current,
      Duration wait) {
    if (pagination instanceof ReadTable.NextButton n) {
      Selector next = ctx.selector(n.selector());
      if (!page.isVisible(next)
          || page.attribute(next, "disabled") != null
          || String.valueOf(page.attribute(next, "class")).contains("disabled")) {
        return null;
      }
      page.click(next);
      return changed(page, table, rows, current, wait);
    }
    if (pagination instanceof ReadTable.PageLinks p) {
      if (pageNo >= links) {
        return null;
      }
      page.clickNth(ctx.selector(p.selector()), pageNo);
      return changed(page, table, rows, current, wait);
    }
    if (pagination instanceof ReadTable.InfiniteScroll) {
      page.evaluate("window.scrollTo(0, document.body.scrollHeight)");
      long deadline = System.nanoTime() + Math.min(wait.toNanos(), Duration.ofSeconds(3).toNanos());
      while (System.nanoTime() < deadline) {
        List<List<String>> now = page.table(table, rows);
        if (now.size() > current.size()) {
          return now;
        }
        Conditions.sleep(100);
      }
      return null;
    }
    return null;
  }

  /** Waits until the table shows other rows than before (the next page has arrived). */
  private static List<List<String>> changed(
      BrowserSession page,
      Selector table,
      Selector rows,
      List<List<String>> before,
      Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    long pause = 20;
    while (true) {
      try {
        List<List<String>> now = page.table(table, rows);
        if (!now.equals(before)) {
          return now;
        }
      } catch (RuntimeException reloading) {
        // the page is between two documents: look again
      }
      if (System.nanoTime() > deadline) {
        return null;
      }
      Conditions.sleep(pause);
      pause = Math.min(pause * 2, 200);
    }
  }

  private static Map<String, Object> record(
      ReadTable step, List<String> header, List<String> cells) {
    Map<String, Object> rec = new LinkedHashMap<>();
    if (step.columns().isEmpty()) {
      for (int i = 0; i < cells.size(); i++) {
        rec.put(
            i < header.size() && !header.get(i).isEmpty() ? header.get(i) : "col" + (i + 1),
            cells.get(i));
      }
      return rec;
    }
    for (ReadTable.Column column : step.columns()) {
      int index = column.header() != null ? header.indexOf(column.header()) : column.index() - 1;
      if (index < 0) {
        throw new io.workforce.runtime.SystemException(
            Messages.get("run.nocolumn", column.header(), String.join(", ", header)));
      }
      String text = index < cells.size() ? cells.get(index) : null;
      rec.put(column.name(), Values.convert(text, column.as(), column.format(), column.name()));
    }
    return rec;
  }
}
