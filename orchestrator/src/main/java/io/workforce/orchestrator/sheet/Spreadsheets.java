package io.workforce.orchestrator.sheet;

import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.WorkforceException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads an uploaded spreadsheet (.xlsx, or .csv/.txt) as a stream, row by row, within {@link
 * SheetLimits}: memory stays small whatever the file's size, and a file past a limit is refused
 * with the limit named. Every place the orchestrator reads a spreadsheet goes through here.
 */
public final class Spreadsheets {

  private Spreadsheets() {}

  /** Whether the name is one of a spreadsheet this class reads. */
  public static boolean readable(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xlsx") || lower.endsWith(".csv") || lower.endsWith(".txt");
  }

  /**
   * Reads every non-empty row into {@code rows}.
   *
   * @param fileName the name it was uploaded with (decides the format; named in every error)
   * @param file its content
   * @throws SheetTooLargeException past a limit
   * @throws InvalidRequestException when it is not a readable spreadsheet
   */
  public static void read(String fileName, Path file, SheetLimits limits, SheetRows rows) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    try {
      if (lower.endsWith(".xlsx")) {
        new XlsxRows(fileName, limits).read(file, rows);
      } else if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
        new CsvRows(fileName, limits).read(file, rows);
      } else {
        throw InvalidRequestException.field(
            "file",
            "只能读取 .xlsx 或 .csv 文件 (收到 '" + fileName + "')",
            "only .xlsx and .csv files can be read (got '"
                + fileName
                + "'); save an .xls file as .xlsx first");
      }
    } catch (WorkforceException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // a limit reached inside POI's or the XML parser's code may come back wrapped
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        if (t instanceof WorkforceException w) {
          throw w;
        }
      }
      throw unreadable(fileName, e);
    }
  }

  static InvalidRequestException unreadable(String fileName, Exception e) {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (why.length() > 300) {
      why = why.substring(0, 300) + "…";
    }
    return InvalidRequestException.field(
        "file", "无法读取文件 '" + fileName + "': " + why, "cannot read file '" + fileName + "': " + why);
  }
}
