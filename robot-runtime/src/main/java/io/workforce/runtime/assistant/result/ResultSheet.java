package io.workforce.runtime.assistant.result;

import io.workforce.runtime.Messages;
import io.workforce.runtime.assistant.Texts;
import io.workforce.runtime.assistant.run.RunResult;
import io.workforce.runtime.result.ResultFiles;
import io.workforce.runtime.result.ResultTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A run's result as a table and a spreadsheet. A run here has its own table (the one its run
 * directory's {@code result.xlsx} holds: inputs, outcome, reason, outputs); a server run's is built
 * from its items: reference, outcome, reason, then every output. Both are written by the runtime's
 * one result writer ({@link ResultFiles}).
 */
public final class ResultSheet {

  private ResultSheet() {}

  /** The table shown and saved for this result. */
  public static ResultTable table(RunResult result) {
    if (result.table() != null) {
      return result.table();
    }
    List<String> outputs = new ArrayList<>(outputNames(result));
    List<String> header =
        new ArrayList<>(
            List.of(
                Texts.get("result.col.reference"),
                Messages.get("result.status"),
                Messages.get("result.reason")));
    header.addAll(outputs);
    List<ResultTable.Row> rows = new ArrayList<>();
    for (RunResult.Row item : result.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(item.reference());
      cells.add(Messages.get(item.status().messageKey()));
      cells.add(item.reason() == null ? "" : item.reason());
      for (String name : outputs) {
        Object v = item.output().get(name);
        cells.add(v == null ? "" : String.valueOf(v));
      }
      rows.add(new ResultTable.Row(item.status(), cells));
    }
    return new ResultTable(header, rows);
  }

  /** Writes {@code file} (xlsx), replacing it. */
  public static void write(RunResult result, Path file) {
    ResultFiles.xlsx(table(result), file);
  }

  private static Set<String> outputNames(RunResult result) {
    Set<String> names = new LinkedHashSet<>();
    result.rows().forEach(r -> names.addAll(r.output().keySet()));
    return names;
  }
}
