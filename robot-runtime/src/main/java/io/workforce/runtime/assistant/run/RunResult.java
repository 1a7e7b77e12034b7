package io.workforce.runtime.assistant.run;

import io.workforce.runtime.journal.ItemStatus;
import io.workforce.runtime.result.ResultTable;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * How a run ended.
 *
 * @param outcome how it ended
 * @param message why it failed or was cancelled, or null
 * @param outputs the run's own outputs (counts and values a robot reported)
 * @param rows each item's result
 * @param report the HTML report (a local file or the control center's run page), or null
 * @param where robot (the orchestrator's robots) or desktop (here)
 * @param table the run's result table when it ran here (the same as its {@code result.xlsx}), or
 *     null (then it is built from {@code rows})
 */
public record RunResult(
    Outcome outcome,
    String message,
    Map<String, Object> outputs,
    List<Row> rows,
    URI report,
    String where,
    ResultTable table) {

  /** How a run ended. */
  public enum Outcome {
    SUCCEEDED,
    FAILED,
    CANCELLED
  }

  /**
   * One item.
   *
   * @param reference its row or reference
   * @param status how it ended
   * @param reason why it failed (or what the flow said when there was nothing to do), or null
   * @param output what the flow reported for it
   */
  public record Row(
      String reference, ItemStatus status, String reason, Map<String, Object> output) {
    public Row {
      output = output == null ? Map.of() : output;
    }

    /** Whether it ended well (succeeded, or nothing to do). */
    public boolean ok() {
      return status.ok();
    }
  }

  public RunResult {
    outputs = outputs == null ? Map.of() : outputs;
    rows = List.copyOf(rows);
  }

  /** A result without a table of its own (a server run). */
  public RunResult(
      Outcome outcome,
      String message,
      Map<String, Object> outputs,
      List<Row> rows,
      URI report,
      String where) {
    this(outcome, message, outputs, rows, report, where, null);
  }

  public long succeeded() {
    return rows.stream().filter(Row::ok).count();
  }

  /** The rows that failed (business or system errors; not the stopped ones). */
  public List<Row> failedRows() {
    return rows.stream().filter(r -> r.status().failed()).toList();
  }
}
