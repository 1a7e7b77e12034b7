package io.workforce.orchestrator.sheet;

import java.util.List;

/** Receives a spreadsheet's non-empty rows in order, the header row first. */
@FunctionalInterface
public interface SheetRows {

  /**
   * One row.
   *
   * @param number its number in the file (1 = the first row of the sheet or the first CSV record)
   * @param cells its cells as the spreadsheet shows them, trimmed; empty for a missing cell
   */
  void row(int number, List<String> cells);
}
