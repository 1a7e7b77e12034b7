package io.workforce.orchestrator.job;

import java.time.Instant;
import java.util.Map;

/**
 * One item a job finished (a queue item, or a spreadsheet row or form the robot reported).
 *
 * @param reference the item's reference (row key)
 * @param outcome SUCCESSFUL, UNCHANGED (done, nothing changed), BUSINESS_FAILED or SYSTEM_FAILED
 * @param reason why it failed, or what the flow's {@code done} step said, or null
 * @param queueItemId the queue item, when it came from a queue
 * @param output what the robot produced for the item (its outputs by name), or null
 * @param finishedAt when
 * @param index its number in the run (a spreadsheet's data rows count from 1), or null
 * @param key the values that tell it apart for people (its key columns), or null
 * @param inputs its input values (a row's columns, a form's fields, a queue item's data), or null
 */
public record JobItemView(
    String reference,
    String outcome,
    String reason,
    Long queueItemId,
    Map<String, Object> output,
    Instant finishedAt,
    Integer index,
    Map<String, Object> key,
    Map<String, Object> inputs) {}
