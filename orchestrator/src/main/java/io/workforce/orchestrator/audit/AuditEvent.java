package io.workforce.orchestrator.audit;

import java.time.Instant;

/**
 * One row of the audit log.
 *
 * @param id its id (rising)
 * @param at when
 * @param actor the user name, {@code robot:<name>}, {@code system}, or the name a failed log-in
 *     claimed
 * @param actorKind USER, ROBOT, SYSTEM or ANONYMOUS
 * @param action what, e.g. {@code auth.login}, {@code credential.checkout}, {@code job.start}
 * @param target what it was done to, e.g. {@code job:42}, {@code credential:registry-clerk}
 * @param outcome OK, FAILED or DENIED
 * @param detail more about it (never a secret)
 * @param remoteAddress the caller's address
 */
public record AuditEvent(
    long id,
    Instant at,
    String actor,
    String actorKind,
    String action,
    String target,
    String outcome,
    String detail,
    String remoteAddress) {}
