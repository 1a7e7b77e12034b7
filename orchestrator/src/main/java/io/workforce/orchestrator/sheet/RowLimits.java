package io.workforce.orchestrator.sheet;

import java.util.List;

/** Counts rows and cells as they are read and stops the reading at a limit. */
final class RowLimits {

  private final String fileName;
  private final SheetLimits limits;
  private final SheetRows target;
  private boolean header = true;
  private int rows;
  private long cells;

  RowLimits(String fileName, SheetLimits limits, SheetRows target) {
    this.fileName = fileName;
    this.limits = limits;
    this.target = target;
  }

  /** Hands a row on unless it is empty; counts it first. */
  void row(int number, List<String> values) {
    cells += values.size();
    if (cells > limits.maxCells()) {
      throw tooManyCells(fileName, limits);
    }
    if (values.stream().allMatch(String::isEmpty)) {
      return;
    }
    if (header) {
      header = false;
    } else if (++rows > limits.maxRows()) {
      throw new SheetTooLargeException(
          fileName,
          "超过 " + limits.maxRows() + " 行数据",
          "has more than " + limits.maxRows() + " data rows",
          limits.maxRowsSetting());
    }
    target.row(number, values);
  }

  static SheetTooLargeException tooManyCells(String fileName, SheetLimits limits) {
    return new SheetTooLargeException(
        fileName,
        "超过 " + limits.maxCells() + " 个单元格",
        "has more than " + limits.maxCells() + " cells",
        "workforce.spreadsheets.max-cells");
  }
}
