package io.workforce.protocol.result;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The one writer of result files (a run's table of items: inputs, outcome, reason, outputs), for
 * both sides: the robot runtime writes {@code result.xlsx} and {@code result.csv} into a run's
 * directory and the assistant saves the same table; the orchestrator answers a run's result file
 * with it. Texts are written as they are (already labelled, translated and masked by the caller).
 */
public final class ResultWriter {

  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  private ResultWriter() {}

  /**
   * Writes the table as an xlsx workbook of one sheet.
   *
   * @param sheetName the sheet's name (e.g. 结果)
   * @param header the column titles
   * @param rows one list of texts per row, as long as the header
   */
  public static void xlsx(
      String sheetName, List<String> header, List<List<String>> rows, OutputStream out) {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet(sheetName);
      write(sheet.createRow(0), header);
      int r = 1;
      for (List<String> row : rows) {
        write(sheet.createRow(r++), row);
      }
      for (int c = 0; c < header.size(); c++) {
        sheet.setColumnWidth(c, 18 * 256);
      }
      book.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the table as CSV in UTF-8 with a byte-order mark (so that Excel shows Chinese right). A
   * cell that starts like a formula ({@code = + - @}, tab, carriage return) and is not a plain
   * number is written with a leading apostrophe, so that a spreadsheet shows it and never runs it.
   */
  public static void csv(List<String> header, List<List<String>> rows, OutputStream out) {
    try {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      w.write('\uFEFF');
      CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT);
      csv.printRecord(header.stream().map(ResultWriter::inert).toList());
      for (List<String> row : rows) {
        csv.printRecord(row.stream().map(ResultWriter::inert).toList());
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String inert(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char c = cell.charAt(0);
    boolean formulaLike = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return formulaLike && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
  }

  private static void write(Row row, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      row.createCell(c).setCellValue(cells.get(c) == null ? "" : cells.get(c));
    }
  }
}
