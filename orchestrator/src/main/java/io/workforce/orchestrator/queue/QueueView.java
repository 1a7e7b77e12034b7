package io.workforce.orchestrator.queue;

import java.time.Instant;
import java.util.Map;

/**
 * A work queue with its item counts.
 *
 * @param name its name
 * @param description what it holds
 * @param maxAttempts how often an item is tried before a system failure is final
 * @param leaseSeconds default lease of a claimed item
 * @param slaMinutes items older than this (or past their deadline) count as at risk; null =
 *     deadlines only
 * @param counts items per status
 * @param createdAt when it was made
 * @param throughput items of the queue that ended (any outcome) in the last hour and the last 24
 *     hours
 */
public record QueueView(
    String name,
    String description,
    int maxAttempts,
    int leaseSeconds,
    Integer slaMinutes,
    Map<String, Long> counts,
    Instant createdAt,
    Throughput throughput) {

  /**
   * @param lastHour items ended in the last hour @param last24Hours items ended in the last 24
   *     hours
   */
  public record Throughput(long lastHour, long last24Hours) {
    static final Throughput NONE = new Throughput(0, 0);
  }
}
