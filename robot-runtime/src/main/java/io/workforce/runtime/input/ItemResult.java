package io.workforce.runtime.input;

import io.workforce.runtime.journal.ItemStatus;
import java.util.Map;

/**
 * How an item ended, as the source is told (a queue marks its item done or failed with it).
 *
 * @param status the outcome
 * @param outputs values the flow reported
 * @param reason why it failed (masked), or null
 * @param attempts how many times it was tried
 */
public record ItemResult(
    ItemStatus status, Map<String, Object> outputs, String reason, int attempts) {}
