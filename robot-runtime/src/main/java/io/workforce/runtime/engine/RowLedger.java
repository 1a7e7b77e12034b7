package io.workforce.runtime.engine;

import io.workforce.runtime.Messages;
import io.workforce.runtime.SystemException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a list read exactly once across page turns. After a turn the table either kept every row it
 * showed, in order, and added rows below them (an appending list: 加载更多, infinite scroll — the new
 * records are the added rows), or shows other rows (a new page — all its rows are new). A record is
 * told apart by its {@code key} cells (all cells when none are given); the same record twice on one
 * page is two records, but a record that was read on an earlier page means the list moved while it
 * was read or a page came twice: the step fails, unless the flow says equal records are genuinely
 * in the data ({@code duplicates: keep}).
 */
final class RowLedger {

  private final List<Integer> key;
  private final boolean keep;
  private final Map<List<String>, Integer> seen = new HashMap<>();
  private int page = 1;

  /**
   * @param key the 0-based columns that tell records apart (empty = every cell)
   * @param keep whether a record read on an earlier page is kept rather than an error
   */
  RowLedger(List<Integer> key, boolean keep) {
    this.key = key;
    this.keep = keep;
  }

  /** The records of the first page. */
  List<List<String>> first(TablePage first) {
    remember(first.rows());
    return first.rows();
  }

  /**
   * The records a turn added: the rows below the ones the table kept, or the whole new page.
   *
   * @throws SystemException when one of them was read on an earlier page
   */
  List<List<String>> next(TablePage before, TablePage now) {
    page++;
    int kept = before.rows().size();
    boolean appended =
        now.rows().size() > kept && now.rows().subList(0, kept).equals(before.rows());
    List<List<String>> fresh = appended ? now.rows().subList(kept, now.rows().size()) : now.rows();
    if (!keep) {
      for (List<String> row : fresh) {
        Integer at = seen.get(identity(row));
        if (at != null) {
          throw new SystemException(
              Messages.get("run.table.repeat", page, TablePage.describe(row), at));
        }
      }
    }
    remember(fresh);
    return fresh;
  }

  /** How many page turns (or loads) were read, the first page included. */
  int pages() {
    return page;
  }

  private void remember(List<List<String>> rows) {
    for (List<String> row : rows) {
      seen.putIfAbsent(identity(row), page);
    }
  }

  private List<String> identity(List<String> row) {
    if (key.isEmpty()) {
      return row;
    }
    return key.stream().map(i -> i < row.size() ? row.get(i) : "").toList();
  }
}
