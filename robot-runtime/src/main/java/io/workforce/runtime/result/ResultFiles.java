package io.workforce.runtime.result;

import io.workforce.runtime.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link ResultTable} as the result spreadsheet (xlsx) and as CSV (UTF-8 with a byte-order
 * mark, so that Excel shows Chinese right). The one writer of result files: {@code ./rpa run}
 * writes both into the run directory, the assistant saves the same table where the clerk chooses. A
 * file is written beside its place and moved there, so a reader never sees half of it.
 */
public final class ResultFiles {

  /** The result spreadsheet's name in a run directory. */
  public static final String XLSX = "result.xlsx";

  /** The result CSV's name in a run directory. */
  public static final String CSV = "result.csv";

  private ResultFiles() {}

  /** Writes {@code result.xlsx} and {@code result.csv} into {@code dir}. */
  public static void writeBoth(ResultTable table, Path dir) {
    xlsx(table, dir.resolve(XLSX));
    csv(table, dir.resolve(CSV));
  }

  /** Writes the table as a spreadsheet, replacing {@code file}. */
  public static void xlsx(ResultTable table, Path file) {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet(Messages.get("result.sheet"));
      write(sheet.createRow(0), table.header());
      int r = 1;
      for (ResultTable.Row row : table.rows()) {
        write(sheet.createRow(r++), row.cells());
      }
      for (int c = 0; c < table.header().size(); c++) {
        sheet.setColumnWidth(c, 18 * 256);
      }
      Path part = part(file);
      try (OutputStream out = Files.newOutputStream(part)) {
        book.write(out);
      }
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the table as CSV (UTF-8 with BOM), replacing {@code file}. */
  public static void csv(ResultTable table, Path file) {
    try {
      Path part = part(file);
      try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
          CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
        out.write('\uFEFF');
        csv.printRecord(table.header());
        for (ResultTable.Row row : table.rows()) {
          csv.printRecord(row.cells());
        }
      }
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Row row, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      row.createCell(c).setCellValue(cells.get(c));
    }
  }

  private static Path part(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    return parent.resolve(file.getFileName() + ".part");
  }
}
