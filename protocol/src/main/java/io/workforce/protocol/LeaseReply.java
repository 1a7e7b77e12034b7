package io.workforce.protocol;

import java.time.Instant;

/**
 * @param leaseExpiresAt the new end of the lease
 */
public record LeaseReply(Instant leaseExpiresAt) {}
