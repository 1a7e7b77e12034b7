package io.workforce.runtime.assistant.result;

import io.workforce.runtime.assistant.Texts;
import io.workforce.runtime.assistant.run.RunResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a run's result per item as a spreadsheet: reference, outcome, reason, then every output.
 */
public final class ResultSheet {

  private ResultSheet() {}

  /** The header row: fixed columns, then each output name in order of first appearance. */
  public static List<String> header(RunResult result) {
    List<String> header =
        new ArrayList<>(
            List.of(
                Texts.get("result.col.reference"),
                Texts.get("result.col.outcome"),
                Texts.get("result.col.reason")));
    header.addAll(outputNames(result));
    return header;
  }

  /** Writes {@code file} (xlsx), replacing it. */
  public static void write(RunResult result, Path file) {
    List<String> outputs = new ArrayList<>(outputNames(result));
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet(Texts.get("result.sheet"));
      Row head = sheet.createRow(0);
      List<String> header = header(result);
      for (int c = 0; c < header.size(); c++) {
        head.createCell(c).setCellValue(header.get(c));
      }
      int r = 1;
      for (RunResult.Row item : result.rows()) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(item.reference());
        row.createCell(1).setCellValue(Texts.get(item.ok() ? "result.ok" : "result.failed"));
        row.createCell(2).setCellValue(item.reason() == null ? "" : item.reason());
        for (int o = 0; o < outputs.size(); o++) {
          Object v = item.output().get(outputs.get(o));
          row.createCell(3 + o).setCellValue(v == null ? "" : String.valueOf(v));
        }
      }
      for (int c = 0; c < header.size(); c++) {
        sheet.setColumnWidth(c, 20 * 256);
      }
      Path tmp = file.resolveSibling(file.getFileName() + ".part");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        book.write(out);
      }
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> outputNames(RunResult result) {
    Set<String> names = new LinkedHashSet<>();
    result.rows().forEach(r -> names.addAll(r.output().keySet()));
    return names;
  }
}
