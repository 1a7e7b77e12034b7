package io.workforce.runtime.input;

import io.workforce.runtime.journal.ItemStatus;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an item ended: the one record that the journal's {@code item_end}, the report, the result
 * file, the console, the assistant and the source (a queue completes or fails its item with it) are
 * told. Plain values only, so that it serialises as it is (the robot protocol will carry it).
 *
 * @param status the outcome
 * @param outputs values the flow reported (also when it failed: what it had reported by then)
 * @param reason why it failed, or what {@code done} said (masked), or null
 * @param attempts how many times it was tried
 * @param key the values that tell the item apart for people (its key columns or fields, or a queue
 *     item's reference), in order
 */
public record ItemResult(
    ItemStatus status,
    Map<String, Object> outputs,
    String reason,
    int attempts,
    Map<String, Object> key) {

  public ItemResult {
    outputs =
        outputs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    key = key == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(key));
  }

  /** A result without key values. */
  public ItemResult(ItemStatus status, Map<String, Object> outputs, String reason, int attempts) {
    this(status, outputs, reason, attempts, Map.of());
  }
}
