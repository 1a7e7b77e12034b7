package io.workforce.orchestrator.jobfile;

import io.workforce.orchestrator.sheet.SheetLimits;
import io.workforce.orchestrator.sheet.Spreadsheets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the header, the number of data rows and the first rows of an uploaded spreadsheet, so that
 * the clerk sees what the robot will get before starting it, and a file that is no spreadsheet (or
 * one past the limits) is refused at once. The file streams by; only the first rows are kept.
 */
final class SheetPreview {

  static final int PREVIEW_ROWS = 5;

  /**
   * @param columns header cells @param dataRows non-empty rows below it @param first the first rows
   */
  record Preview(List<String> columns, int dataRows, List<List<String>> first) {}

  private SheetPreview() {}

  static Preview read(String fileName, Path file, SheetLimits limits) {
    List<List<String>> first = new ArrayList<>();
    List<String> header = new ArrayList<>();
    int[] rows = {0};
    Spreadsheets.read(
        fileName,
        file,
        limits,
        (number, cells) -> {
          if (header.isEmpty()) { // the first row handed on is never empty: it is the header
            header.addAll(cells);
            return;
          }
          rows[0]++;
          if (first.size() < PREVIEW_ROWS) {
            first.add(cells);
          }
        });
    return new Preview(List.copyOf(header), rows[0], first);
  }
}
