package io.workforce.orchestrator.vault;

import java.time.Instant;

/**
 * One checkout of a credential (never the secret).
 *
 * @param credential its name
 * @param owner whose value ('*' = shared)
 * @param robotId the robot that asked
 * @param jobId for which job
 * @param at when
 * @param granted whether it was handed out
 * @param reason why it was refused
 */
public record CheckoutView(
    String credential,
    String owner,
    Long robotId,
    Long jobId,
    Instant at,
    boolean granted,
    String reason) {}
