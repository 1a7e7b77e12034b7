package io.workforce.protocol;

import java.time.Instant;

/**
 * The outcome of one item that did not come from a work queue (a spreadsheet row, a form), reported
 * so that the control center counts it (throughput, time saved). Queue items are counted by the
 * orchestrator itself.
 *
 * @param reference the item's reference (row key)
 * @param outcome how it ended
 * @param reason why it failed, or null
 * @param finishedAt when
 */
public record ItemResult(
    String reference, ItemOutcome outcome, String reason, Instant finishedAt) {}
