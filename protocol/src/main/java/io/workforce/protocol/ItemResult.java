package io.workforce.protocol;

import java.time.Instant;
import java.util.Map;

/**
 * The outcome of one item that did not come from a work queue (a spreadsheet row, a form, an
 * attended run's item), reported so that the orchestrator keeps it for the run's page, report and
 * result file, and counts it (throughput, time saved). Queue items are counted by the orchestrator
 * itself when they are completed or failed.
 *
 * @param reference the item's reference (row key)
 * @param outcome how it ended
 * @param reason why it failed, or what a {@code done} step said, or null
 * @param finishedAt when
 * @param index the item's number in its run (a spreadsheet's data rows count from 1), or null
 * @param key the values that tell the item apart for people (its key columns), or null
 * @param inputs the item's input values (a row's columns, a form's fields), or null
 * @param outputs the values the flow reported for it (also when it failed: what it had by then), or
 *     null
 */
public record ItemResult(
    String reference,
    ItemOutcome outcome,
    String reason,
    Instant finishedAt,
    Integer index,
    Map<String, Object> key,
    Map<String, Object> inputs,
    Map<String, Object> outputs) {

  /** An outcome without the item's values. */
  public ItemResult(String reference, ItemOutcome outcome, String reason, Instant finishedAt) {
    this(reference, outcome, reason, finishedAt, null, null, null, null);
  }
}
