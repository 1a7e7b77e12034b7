package io.workforce.protocol;

/**
 * Answer to a batch of events.
 *
 * @param accepted events stored now
 * @param duplicates events already stored earlier (same seq), ignored
 */
public record EventBatchReply(int accepted, int duplicates) {}
