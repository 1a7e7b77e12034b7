package io.workforce.protocol;

/**
 * A robot asks for the next item of a queue.
 *
 * @param jobId the job it works the item for
 * @param leaseSeconds how long it wants the item before it must renew; null = the queue's default
 */
public record ClaimRequest(Long jobId, Integer leaseSeconds) {}
