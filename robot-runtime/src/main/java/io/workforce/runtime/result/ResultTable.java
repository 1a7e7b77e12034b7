package io.workforce.runtime.result;

import io.workforce.runtime.journal.ItemStatus;
import java.util.List;

/**
 * A run's result as people read it: one row per item, with the columns of the result file (its
 * inputs, its outcome and reason, its outputs), texts as shown and masked.
 *
 * @param header the column titles
 * @param rows one per item, in item order
 */
public record ResultTable(List<String> header, List<Row> rows) {

  public ResultTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /**
   * One item's row.
   *
   * @param status how it ended, or null when it never ran (the run stopped before it)
   * @param cells one text per column of the header
   */
  public record Row(ItemStatus status, List<String> cells) {
    public Row {
      cells = List.copyOf(cells);
    }

    /** Whether the item failed (what a clerk has to act on). */
    public boolean failed() {
      return status != null && status.failed();
    }
  }
}
