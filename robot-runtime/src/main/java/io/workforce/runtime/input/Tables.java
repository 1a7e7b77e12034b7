package io.workforce.runtime.input;

import io.workforce.runtime.Messages;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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
 * BOM) or GB18030/GBK, decoded strictly.
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
   * Every record of a CSV file. {@code encoding} null = UTF-8 (with or without BOM) when every byte
   * decodes as UTF-8, else GB18030 (which contains GBK and GB2312: what Excel and WPS write on
   * Chinese Windows) when every byte decodes as that; a named encoding is decoded strictly too. A
   * byte that does not decode is an {@link InputException} naming {@code file:line}, never a
   * replacement character slipped into the run.
   */
  public static List<List<String>> csv(Path file, String encoding, char delimiter) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      int skip =
          bytes.length >= 3
                  && (bytes[0] & 0xFF) == 0xEF
                  && (bytes[1] & 0xFF) == 0xBB
                  && (bytes[2] & 0xFF) == 0xBF
              ? 3
              : 0;
      String text = decode(file, bytes, skip, encoding);
      List<List<String>> rows = new ArrayList<>();
      try (Reader in = new StringReader(text)) {
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
      if (e instanceof InputException ie) {
        throw ie;
      }
      throw new InputException(
          Messages.get(
              "input.unreadable", file, e.getClass().getSimpleName() + ": " + e.getMessage()),
          e);
    }
  }

  private static String decode(Path file, byte[] bytes, int skip, String encoding) {
    if (encoding != null) {
      Charset named = Charset.forName(encoding);
      Decoded text = Decoded.of(bytes, skip, named);
      if (text.badLine() > 0) {
        throw new InputException(
            Messages.get("input.notEncoding", file, String.valueOf(text.badLine()), named.name()));
      }
      return text.text();
    }
    Decoded utf8 = Decoded.of(bytes, skip, StandardCharsets.UTF_8);
    if (utf8.badLine() == 0) {
      return utf8.text();
    }
    Decoded gb = Decoded.of(bytes, skip, GB18030);
    if (gb.badLine() == 0) {
      return gb.text();
    }
    throw new InputException(Messages.get("input.encoding", file, String.valueOf(utf8.badLine())));
  }

  private static final Charset GB18030 = Charset.forName("GB18030");

  /** A file's text, or the line (from 1) of its first byte sequence that does not decode. */
  private record Decoded(String text, int badLine) {

    static Decoded of(byte[] bytes, int skip, Charset charset) {
      CharsetDecoder decoder =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
      CharBuffer out = CharBuffer.allocate(2 * bytes.length + 16);
      CoderResult result = decoder.decode(in, out, true);
      if (!result.isError()) {
        result = decoder.flush(out);
      }
      if (result.isError()) {
        int line = 1;
        for (int i = skip; i < in.position(); i++) {
          line += bytes[i] == '\n' ? 1 : 0;
        }
        return new Decoded(null, line);
      }
      return new Decoded(out.flip().toString(), 0);
    }
  }
}
