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
 * @param slaMinutes items older than this (or past their deadline) count as at risk; null = deadlines only
 * @param counts items per status
 * @param createdAt when it was made
 */
public record QueueView(String name, String description, int maxAttempts, int leaseSeconds, Integer slaMinutes,
                        Map<String, Long> counts, Instant createdAt) {
}
