package io.workforce.bench.runtime;

import io.workforce.samples.data.IdNumbers;
import io.workforce.samples.data.SheetRow;
import io.workforce.samples.data.Sheets;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Spreadsheets of valid subsidy rows for the benchmarks: the clean sheet's rows, repeated with new
 * child ID numbers.
 */
final class BenchRows {

  private BenchRows() {}

  /**
   * {@code count} rows as CSV; every child ID is valid (check digit) and distinct, everything else
   * as in the sheet.
   */
  static Path write(List<SheetRow> clean, int count, Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      SheetRow base = clean.get(i % clean.size());
      List<String> cells = new ArrayList<>(base.cells().values());
      if (i >= clean.size()) {
        String id = cells.get(6);
        int sequence = Integer.parseInt(id.substring(14, 17));
        int fresh = (sequence % 2) + 2 * ((sequence / 2 + 37 * (i / clean.size())) % 500);
        LocalDate birth = IdNumbers.birthDate(id);
        cells.set(6, IdNumbers.of(id.substring(0, 6), birth, fresh));
      }
      cells.set(0, String.valueOf(i + 1));
      rows.add(cells);
    }
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(Sheets.HEADERS.toArray(String[]::new))
            .get()
            .print(out)) {
      for (List<String> row : rows) {
        csv.printRecord(row);
      }
    }
    Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    return file;
  }

  /** The rows of a CSV written by {@link #write}, header first. */
  static List<List<String>> read(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (var parser =
        CSVFormat.DEFAULT.parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      parser.forEach(r -> rows.add(r.toList()));
    }
    return rows;
  }
}
