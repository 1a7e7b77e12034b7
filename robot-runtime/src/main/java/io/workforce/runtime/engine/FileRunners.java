package io.workforce.runtime.engine;

import io.workforce.flows.expr.Expressions;
import io.workforce.flows.step.ReadCsv;
import io.workforce.flows.step.ReadSheet;
import io.workforce.flows.step.WriteCsv;
import io.workforce.flows.step.WriteSheet;
import io.workforce.runtime.BusinessException;
import io.workforce.runtime.Messages;
import io.workforce.runtime.input.Tables;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Runners of {@code read_sheet}, {@code write_sheet}, {@code read_csv} and {@code write_csv}. */
final class FileRunners {

  private FileRunners() {}

  static void readSheet(ReadSheet step, ItemContext ctx) {
    Path file = existing(ctx, ctx.text(step.file()));
    List<List<String>> rows =
        Tables.xlsx(file, step.sheet() == null ? null : ctx.text(step.sheet()));
    ctx.scope.set(step.into(), records(rows, step.headerRow()));
    ctx.detail = file.toString();
  }

  static void readCsv(ReadCsv step, ItemContext ctx) {
    Path file = existing(ctx, ctx.text(step.file()));
    List<List<String>> rows = Tables.csv(file, step.encoding(), step.delimiter());
    ctx.scope.set(step.into(), records(rows, 1));
    ctx.detail = file.toString();
  }

  static void writeCsv(WriteCsv step, ItemContext ctx) {
    Path file = ctx.run.output(ctx.text(step.file()));
    List<Map<String, Object>> rows = rows(ctx.value(step.rows()), step.rows().source());
    List<String> columns = columns(step.columns(), rows);
    boolean header = !step.append() || !Files.exists(file);
    Charset charset = Charset.forName(step.encoding() == null ? "UTF-8" : step.encoding());
    try {
      createParent(file);
      StandardOpenOption mode =
          step.append() ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
      try (Writer out = Files.newBufferedWriter(file, charset, StandardOpenOption.CREATE, mode);
          CSVPrinter csv =
              new CSVPrinter(
                  out, CSVFormat.DEFAULT.builder().setDelimiter(step.delimiter()).get())) {
        if (header) {
          csv.printRecord(columns);
        }
        for (Map<String, Object> row : rows) {
          csv.printRecord(columns.stream().map(c -> Expressions.text(row.get(c))).toList());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.run.wrote(ctx, step, file);
    ctx.detail = file + ": " + rows.size();
  }

  static void writeSheet(WriteSheet step, ItemContext ctx) {
    Path file = ctx.run.output(ctx.text(step.file()));
    String name = step.sheet() == null ? "Sheet1" : ctx.text(step.sheet());
    List<Map<String, Object>> rows = rows(ctx.value(step.rows()), step.rows().source());
    List<String> columns = columns(step.columns(), rows);
    try {
      createParent(file);
      Workbook book;
      if (Files.exists(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          book = new XSSFWorkbook(in);
        }
      } else {
        book = new XSSFWorkbook();
      }
      try (book) {
        Sheet sheet = book.getSheet(name);
        if (sheet != null && !step.append()) {
          book.removeSheetAt(book.getSheetIndex(sheet));
          sheet = null;
        }
        if (sheet == null) {
          sheet = book.createSheet(name);
        }
        int next = sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1;
        if (next == 0) {
          writeRow(sheet.createRow(next++), columns);
        }
        for (Map<String, Object> row : rows) {
          writeRow(
              sheet.createRow(next++),
              columns.stream().map(c -> Expressions.text(row.get(c))).toList());
        }
        try (OutputStream out = Files.newOutputStream(file)) {
          book.write(out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.run.wrote(ctx, step, file);
    ctx.detail = file + ": " + rows.size();
  }

  private static void writeRow(Row row, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      row.createCell(i).setCellValue(values.get(i));
    }
  }

  private static List<Map<String, Object>> records(List<List<String>> rows, int headerRow) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (rows.size() < headerRow) {
      return out;
    }
    List<String> header = rows.get(headerRow - 1);
    for (List<String> cells : rows.subList(headerRow, rows.size())) {
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      Map<String, Object> rec = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        rec.put(header.get(i), i < cells.size() ? cells.get(i) : "");
      }
      out.add(rec);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(Object value, String source) {
    if (!(value instanceof Collection<?> c)) {
      throw new BusinessException(
          Messages.get(
              "run.notlist", source, value == null ? "null" : value.getClass().getSimpleName()));
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object row : c) {
      if (!(row instanceof Map<?, ?>)) {
        throw new BusinessException(Messages.get("run.notrecords", source));
      }
      out.add((Map<String, Object>) row);
    }
    return out;
  }

  private static List<String> columns(List<String> declared, List<Map<String, Object>> rows) {
    if (!declared.isEmpty()) {
      return declared;
    }
    return rows.isEmpty() ? List.of() : new ArrayList<>(rows.get(0).keySet());
  }

  private static Path existing(ItemContext ctx, String path) {
    Path file = ctx.run.file(path);
    if (!Files.isRegularFile(file)) {
      throw new BusinessException(Messages.get("run.nofile", file));
    }
    return file;
  }

  private static void createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }
}
