package io.workforce.orchestrator.job;

import java.time.Instant;
import java.util.Map;

/**
 * One item a job finished (a queue item, or a spreadsheet row or form the robot reported).
 *
 * @param reference the item's reference (row key)
 * @param outcome SUCCESSFUL, BUSINESS_FAILED or SYSTEM_FAILED
 * @param reason why it failed, or null
 * @param queueItemId the queue item, when it came from a queue
 * @param output what the robot produced for a queue item, or null
 * @param finishedAt when
 */
public record JobItemView(
    String reference,
    String outcome,
    String reason,
    Long queueItemId,
    Map<String, Object> output,
    Instant finishedAt) {}
