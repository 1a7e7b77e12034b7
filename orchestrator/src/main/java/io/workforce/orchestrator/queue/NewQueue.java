package io.workforce.orchestrator.queue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A request for a new work queue.
 *
 * @param name lower-case letters, digits, '.', '_', '-'
 * @param description what it holds
 * @param maxAttempts tries per item before a system failure is final (default
 *     workforce.queues.default-max-attempts)
 * @param leaseSeconds default lease of a claimed item (default workforce.queues.default-lease)
 * @param slaMinutes age at which an unfinished item counts as at SLA risk
 */
public record NewQueue(
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}") String name,
    @Size(max = 1000) String description,
    @Min(1) @Max(100) Integer maxAttempts,
    @Min(5) @Max(86400) Integer leaseSeconds,
    @Min(1) Integer slaMinutes) {}
