package io.workforce.orchestrator.sheet;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * A CSV file record by record, in the encoding it is in ({@link TextEncoding}); a record's number
 * is its line's when no value spans lines (empty lines count, as a spreadsheet shows them).
 */
final class CsvRows {

  private final String fileName;
  private final SheetLimits limits;

  CsvRows(String fileName, SheetLimits limits) {
    this.fileName = fileName;
    this.limits = limits;
  }

  void read(Path file, SheetRows rows) throws IOException {
    Charset charset = TextEncoding.of(fileName, file);
    RowLimits target = new RowLimits(fileName, limits, rows);
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
    try (Reader in = new InputStreamReader(BOMInputStream.builder().setPath(file).get(), charset);
        CSVParser parser = CSVParser.parse(in, format)) {
      for (CSVRecord r : parser) {
        List<String> cells = new ArrayList<>(r.size());
        r.forEach(v -> cells.add(v.trim()));
        target.row((int) r.getRecordNumber(), cells);
      }
    }
  }
}
