package io.workforce.orchestrator.queue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A work-queue item as the API shows it.
 *
 * @param id its id
 * @param queue its queue
 * @param reference unique in the queue
 * @param status its status
 * @param priority 1–10
 * @param deadline when it should be done
 * @param payload its data
 * @param output what the robot produced
 * @param reason why it failed
 * @param attempts how many times it was claimed
 * @param robotId the robot holding or last holding it
 * @param jobId the job working or last working it
 * @param leaseExpiresAt when it returns unless renewed (in progress only)
 * @param createdAt when it was added
 * @param updatedAt last change
 * @param finishedAt when it reached a final status
 * @param history every change, oldest first (single-item answers only)
 */
public record ItemView(
    long id,
    String queue,
    String reference,
    ItemStatus status,
    int priority,
    Instant deadline,
    Map<String, Object> payload,
    Map<String, Object> output,
    String reason,
    int attempts,
    Long robotId,
    Long jobId,
    Instant leaseExpiresAt,
    Instant createdAt,
    Instant updatedAt,
    Instant finishedAt,
    List<HistoryEntry> history) {

  /**
   * One change of an item.
   *
   * @param from old status
   * @param to new status
   * @param at when
   * @param attempt the attempt it belongs to
   * @param robotId the robot involved
   * @param jobId the job involved
   * @param reason why
   */
  public record HistoryEntry(
      ItemStatus from,
      ItemStatus to,
      Instant at,
      int attempt,
      Long robotId,
      Long jobId,
      String reason) {}
}
