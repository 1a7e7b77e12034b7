package io.workforce.orchestrator.robot;

import java.time.Instant;

/**
 * An enrolment key without its secret value (shown once at creation only).
 *
 * @param id its id
 * @param label what it is for
 * @param pool the pool robots enrolled with it join (null = the robot's own choice)
 * @param maxUses how many robots may enrol with it (null = unlimited)
 * @param uses how many did
 * @param createdAt when it was made
 * @param expiresAt when it stops working (null = never)
 * @param revokedAt when it was revoked (null = active)
 * @param robotId the one robot it re-enrols (an administrator's explicit re-enrolment), or null
 */
public record EnrolmentKeyView(
    long id,
    String label,
    String pool,
    Integer maxUses,
    int uses,
    Instant createdAt,
    Instant expiresAt,
    Instant revokedAt,
    Long robotId) {}
