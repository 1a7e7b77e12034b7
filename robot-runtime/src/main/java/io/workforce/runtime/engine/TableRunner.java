package io.workforce.runtime.engine;

import io.workforce.flows.step.ReadTable;
import io.workforce.runtime.Messages;
import io.workforce.runtime.Secrets;
import io.workforce.runtime.Selector;
import io.workforce.runtime.SystemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code read_table}: every record of a list exactly once, across pages (next button, page links or
 * infinite scroll; appending lists too) — or a failure that says what was expected and what the
 * page showed. One page-script evaluation reads a whole page.
 */
final class TableRunner {

  private TableRunner() {}

  static void readTable(ReadTable step, ItemContext ctx) {
    List<Map<String, Object>> out = new ArrayList<>();
    int[] pages = {1};
    PageRunners.timed(
        ctx,
        step.timeout(),
        () -> {
          pages[0] = read(step, ctx, out);
          return null;
        });
    ctx.scope.set(step.into(), Secrets.maskRead(out));
    ctx.detail =
        step.into()
            + ": "
            + out.size()
            + (pages[0] > 1 ? " " + Messages.get("run.table.pages", pages[0]) : "");
  }

  /** Reads into {@code out}; returns how many pages (or loads) it took. */
  private static int read(ReadTable step, ItemContext ctx, List<Map<String, Object>> out) {
    TableReader reader = new TableReader(step, ctx);
    TablePage page = reader.read();
    TableColumns columns = new TableColumns(step, page.keys());
    RowLedger ledger =
        new RowLedger(
            step.key().stream().map(columns::column).toList(),
            step.duplicates() == ReadTable.Duplicates.KEEP);
    Selector totalAt = ctx.selector(step.total());
    Integer total = totalAt == null ? null : reader.number(totalAt);
    PageTurns turns = PageTurns.of(step, ctx, reader);
    boolean limited = step.limit() > 0;
    int cap = limited ? step.limit() : ReadTable.DEFAULT_CAP;
    List<List<String>> rows = ledger.first(page);
    while (true) {
      for (List<String> cells : rows) {
        if (out.size() >= cap) {
          if (limited) {
            return ledger.pages();
          }
          throw new SystemException(Messages.get("run.table.cap", String.valueOf(cap)));
        }
        out.add(columns.record(cells));
      }
      if (turns == null || total != null && out.size() >= total) {
        break;
      }
      TablePage next = turns.turn(page);
      if (next == null) {
        break;
      }
      rows = ledger.next(page, next);
      page = next;
    }
    if (total != null && out.size() != total) {
      int now = reader.number(totalAt);
      if (out.size() != now) {
        throw new SystemException(
            Messages.get("run.table.total", totalAt.source(), now, out.size(), ledger.pages()));
      }
    }
    return ledger.pages();
  }
}
