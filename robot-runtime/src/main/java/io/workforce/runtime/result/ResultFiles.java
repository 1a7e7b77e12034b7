package io.workforce.runtime.result;

import io.workforce.protocol.result.ResultWriter;
import io.workforce.runtime.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a {@link ResultTable} as the result spreadsheet (xlsx) and as CSV (UTF-8 with a byte-order
 * mark, so that Excel shows Chinese right), with the protocol's {@link ResultWriter}, the one
 * writer of result files that the orchestrator's run result uses too: {@code ./rpa run} writes both
 * into the run directory, the assistant saves the same table where the clerk chooses. A file is
 * written beside its place and moved there, so a reader never sees half of it.
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
    replace(
        file,
        out -> ResultWriter.xlsx(Messages.get("result.sheet"), table.header(), cells(table), out));
  }

  /** Writes the table as CSV (UTF-8 with BOM), replacing {@code file}. */
  public static void csv(ResultTable table, Path file) {
    replace(file, out -> ResultWriter.csv(table.header(), cells(table), out));
  }

  private static List<List<String>> cells(ResultTable table) {
    return table.rows().stream().map(ResultTable.Row::cells).toList();
  }

  private static void replace(Path file, Consumer<OutputStream> write) {
    try {
      Path part = part(file);
      try (OutputStream out = Files.newOutputStream(part)) {
        write.accept(out);
      }
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path part(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    return parent.resolve(file.getFileName() + ".part");
  }
}
