package io.workforce.protocol;

import java.time.Instant;
import java.util.Map;

/**
 * An item to add to a work queue.
 *
 * @param reference unique in the queue; a second item with it is refused
 * @param priority 1–10 (null = 5)
 * @param deadline when it should be done, or null
 * @param payload its data
 */
public record NewItem(
    String reference, Integer priority, Instant deadline, Map<String, Object> payload) {}
