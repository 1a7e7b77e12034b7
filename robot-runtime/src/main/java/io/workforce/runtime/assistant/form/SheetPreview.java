package io.workforce.runtime.assistant.form;

import io.workforce.runtime.assistant.Texts;
import io.workforce.runtime.input.InputException;
import io.workforce.runtime.input.Tables;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The first rows of a spreadsheet and how many data rows it has, read here before anything is sent.
 *
 * @param columns the header row
 * @param rows the first data rows (at most {@link #SHOWN})
 * @param count data rows below the header (blank rows not counted)
 */
public record SheetPreview(List<String> columns, List<List<String>> rows, int count) {

  /** Rows shown in the preview. */
  public static final int SHOWN = 5;

  /**
   * Reads the file (xlsx or csv by extension; header in row 1).
   *
   * @throws InputException with a message naming the file when it cannot be read or has no header
   */
  public static SheetPreview read(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    List<List<String>> all =
        name.endsWith(".csv") || name.endsWith(".txt")
            ? Tables.csv(file, null, ',')
            : Tables.xlsx(file, null);
    if (all.isEmpty()) {
      throw new InputException(Texts.get("form.emptySheet", file.getFileName()));
    }
    List<List<String>> data =
        all.subList(1, all.size()).stream()
            .filter(r -> !r.stream().allMatch(String::isBlank))
            .toList();
    return new SheetPreview(all.get(0), data.subList(0, Math.min(SHOWN, data.size())), data.size());
  }
}
