package io.workforce.protocol;

import java.time.Instant;
import java.util.Map;

/**
 * A work-queue item handed to a robot.
 *
 * @param id the item's id
 * @param queue the queue's name
 * @param reference the item's unique reference in its queue
 * @param priority 1–10, higher first
 * @param deadline when it should be done, or null
 * @param payload the item's data
 * @param attempts how many times it was claimed, this claim included
 * @param leaseExpiresAt when the item returns to the queue unless renewed or finished
 */
public record QueueItem(
    long id,
    String queue,
    String reference,
    int priority,
    Instant deadline,
    Map<String, Object> payload,
    int attempts,
    Instant leaseExpiresAt) {}
