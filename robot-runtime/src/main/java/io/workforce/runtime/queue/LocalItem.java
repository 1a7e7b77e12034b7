package io.workforce.runtime.queue;

import java.util.Map;

/**
 * One item of a local queue file, as stored.
 *
 * @param reference unique in the queue
 * @param priority 1 (first) – 10
 * @param deadline ISO-8601 instant, or null
 * @param payload the item's data ({@code ${item.…}} in the flow that processes it)
 * @param status {@code new}, {@code working}, {@code done}, {@code business_error}, {@code
 *     system_error} (taken again by the next run while attempts remain), {@code given_up}
 * @param attempts the runs that have taken it
 * @param reason why it failed, or null
 * @param added ISO-8601 instant
 * @param updated ISO-8601 instant of the last change
 * @param run the id of the run that took it last, or null
 */
public record LocalItem(
    String reference,
    int priority,
    String deadline,
    Map<String, Object> payload,
    String status,
    int attempts,
    String reason,
    String added,
    String updated,
    String run) {

  LocalItem with(String newStatus, int newAttempts, String newReason, String now, String newRun) {
    return new LocalItem(
        reference,
        priority,
        deadline,
        payload,
        newStatus,
        newAttempts,
        newReason,
        added,
        now,
        newRun);
  }
}
