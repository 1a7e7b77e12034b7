package io.workforce.orchestrator.jobfile;

import io.workforce.orchestrator.api.InvalidRequestException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the header, the number of data rows and the first rows of an uploaded spreadsheet, so that
 * the clerk sees what the robot will get before starting it, and a file that is no spreadsheet is
 * refused at once.
 */
final class SheetPreview {

  static final int PREVIEW_ROWS = 5;

  /**
   * @param columns header cells @param dataRows non-empty rows below it @param first the first rows
   */
  record Preview(List<String> columns, int dataRows, List<List<String>> first) {}

  private SheetPreview() {}

  static Preview read(String format, byte[] content) {
    try {
      return "csv".equals(format) ? csv(content) : xlsx(content);
    } catch (IOException | RuntimeException e) {
      throw InvalidRequestException.field(
          "file",
          "无法读取该" + format + "文件: " + e.getMessage(),
          "cannot read this " + format + " file: " + e.getMessage());
    }
  }

  private static Preview xlsx(byte[] content) throws IOException {
    DataFormatter fmt = new DataFormatter();
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      Sheet sheet = wb.getSheetAt(0);
      List<String> header = null;
      List<List<String>> first = new ArrayList<>();
      int rows = 0;
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? "" : fmt.formatCellValue(cell).trim());
        }
        if (cells.stream().allMatch(String::isEmpty)) {
          continue;
        }
        if (header == null) {
          header = cells;
        } else {
          rows++;
          if (first.size() < PREVIEW_ROWS) {
            first.add(cells);
          }
        }
      }
      return new Preview(header == null ? List.of() : header, rows, first);
    }
  }

  private static Preview csv(byte[] content) throws IOException {
    int skip =
        content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB ? 3 : 0;
    try (CSVParser parser =
        CSVFormat.DEFAULT.parse(
            new InputStreamReader(
                new ByteArrayInputStream(content, skip, content.length - skip),
                StandardCharsets.UTF_8))) {
      List<String> header = null;
      List<List<String>> first = new ArrayList<>();
      int rows = 0;
      for (CSVRecord r : parser) {
        List<String> cells = r.stream().map(String::trim).toList();
        if (cells.stream().allMatch(String::isEmpty)) {
          continue;
        }
        if (header == null) {
          header = cells;
        } else {
          rows++;
          if (first.size() < PREVIEW_ROWS) {
            first.add(cells);
          }
        }
      }
      return new Preview(header == null ? List.of() : header, rows, first);
    }
  }
}
