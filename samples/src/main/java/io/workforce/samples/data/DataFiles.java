package io.workforce.samples.data;

import io.workforce.samples.archive.ArchiveTruth;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a data set as files: the ground truth (JSON), the clerk's spreadsheets (xlsx and CSV,
 * clean and dirty) and the feed of new registrations for the work queue. Same data, same bytes.
 */
public final class DataFiles {

  public static final String GROUND_TRUTH = "ground-truth.json";
  public static final String SHEET = "subsidy-applications";
  public static final String DIRTY_SHEET = "subsidy-applications-dirty";
  public static final String NEW_REGISTRATIONS = "new-registrations.csv";
  public static final String ARCHIVE_TRUTH = "archive-truth.json";

  private DataFiles() {}

  /** Writes every file into {@code dir} (created if missing) and returns their paths. */
  public static List<Path> write(GroundTruth truth, Path dir) {
    try {
      Files.createDirectories(dir);
      List<Path> written =
          List.of(
              write(dir.resolve(GROUND_TRUTH), groundTruthJson(truth)),
              write(dir.resolve(SHEET + ".xlsx"), Xlsx.write("育儿补贴申领名单", truth.sheetRows(), true)),
              write(dir.resolve(SHEET + ".csv"), csv(truth.sheetRows())),
              write(
                  dir.resolve(DIRTY_SHEET + ".xlsx"),
                  Xlsx.write("育儿补贴申领名单", truth.dirtySheetRows(), false)),
              write(dir.resolve(DIRTY_SHEET + ".csv"), csv(truth.dirtySheetRows())),
              write(dir.resolve(NEW_REGISTRATIONS), newRegistrations(truth)),
              write(dir.resolve(ARCHIVE_TRUTH), pretty(ArchiveTruth.generate(truth.seed()))));
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the sample data files into " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The ground truth as pretty JSON (UTF-8, {@code \n} line ends). */
  public static byte[] groundTruthJson(GroundTruth truth) {
    return pretty(truth);
  }

  private static byte[] pretty(Object value) {
    return (new String(Json.PRETTY.writeValueAsBytes(value), StandardCharsets.UTF_8) + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A spreadsheet as CSV (UTF-8, header row, CRLF as spreadsheet programs write it). */
  public static byte[] csv(List<SheetRow> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(Sheets.HEADERS.toArray(String[]::new))
            .get()
            .print(out)) {
      for (SheetRow row : rows) {
        printer.printRecord(row.cells().values());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The work-queue feed: one line per new registration, keyed by credit code. */
  public static byte[] newRegistrations(GroundTruth truth) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
        CSVFormat.DEFAULT
            .builder()
            .setHeader("creditCode", "companyName", "establishedOn", "district")
            .get()
            .print(out)) {
      for (Company c : truth.newRegistrations()) {
        printer.printRecord(
            c.creditCode(), c.name(), c.establishedOn(), c.address().districtCode());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Path write(Path file, byte[] bytes) throws IOException {
    Files.write(file, bytes);
    return file;
  }
}
