package io.workforce.runtime.assistant.run;

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
 */
public record RunResult(
    Outcome outcome,
    String message,
    Map<String, Object> outputs,
    List<Row> rows,
    URI report,
    String where) {

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
   * @param ok whether it succeeded
   * @param reason why it failed, or null
   * @param output what the flow reported for it
   */
  public record Row(String reference, boolean ok, String reason, Map<String, Object> output) {
    public Row {
      output = output == null ? Map.of() : output;
    }
  }

  public RunResult {
    outputs = outputs == null ? Map.of() : outputs;
    rows = List.copyOf(rows);
  }

  public long succeeded() {
    return rows.stream().filter(Row::ok).count();
  }

  public List<Row> failedRows() {
    return rows.stream().filter(r -> !r.ok()).toList();
  }
}
