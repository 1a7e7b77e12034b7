package io.workforce.runtime.input;

import io.workforce.runtime.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads xlsx sheets and CSV files into rows of text, as a clerk sees them: cells are formatted the
 * way the spreadsheet shows them (Apache POI's DataFormatter), CSV may be UTF-8 (with or without
 * BOM) or GBK.
 */
public final class Tables {

  private Tables() {}

  /** Every row of the sheet ({@code sheet} null = the first), cells as shown. */
  public static List<List<String>> xlsx(Path file, String sheet) {
    try (Workbook book = WorkbookFactory.create(file.toFile(), null, true)) {
      Sheet s = sheet == null ? book.getSheetAt(0) : book.getSheet(sheet);
      if (s == null) {
        List<String> names = new ArrayList<>();
        book.forEach(x -> names.add(x.getSheetName()));
        throw new InputException(
            Messages.get("input.nosheet", file, sheet, String.join(", ", names)));
      }
      DataFormatter format = new DataFormatter();
      FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
      List<List<String>> rows = new ArrayList<>();
      for (int r = 0; r <= s.getLastRowNum(); r++) {
        Row row = s.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : format.formatCellValue(cell, eval).strip());
          }
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      if (e instanceof InputException ie) {
        throw ie;
      }
      throw new InputException(
          Messages.get(
              "input.unreadable", file, e.getClass().getSimpleName() + ": " + e.getMessage()),
          e);
    }
  }

  /**
   * Every record of a CSV file; {@code encoding} null = UTF-8, or GBK when the bytes are not UTF-8.
   */
  public static List<List<String>> csv(Path file, String encoding, char delimiter) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      Charset charset = encoding != null ? Charset.forName(encoding) : guess(bytes);
      int skip =
          bytes.length >= 3
                  && (bytes[0] & 0xFF) == 0xEF
                  && (bytes[1] & 0xFF) == 0xBB
                  && (bytes[2] & 0xFF) == 0xBF
              ? 3
              : 0;
      List<List<String>> rows = new ArrayList<>();
      try (Reader in =
          new InputStreamReader(
              new ByteArrayInputStream(bytes, skip, bytes.length - skip), charset)) {
        for (CSVRecord rec :
            CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get()
                .parse(in)) {
          List<String> cells = new ArrayList<>();
          rec.forEach(v -> cells.add(v.strip()));
          rows.add(cells);
        }
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      throw new InputException(
          Messages.get(
              "input.unreadable", file, e.getClass().getSimpleName() + ": " + e.getMessage()),
          e);
    }
  }

  private static Charset guess(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException e) {
      return Charset.forName("GBK");
    }
  }
}
