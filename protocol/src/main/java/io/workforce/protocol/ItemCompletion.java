package io.workforce.protocol;

import java.util.Map;

/**
 * A queue item ended well.
 *
 * @param output what the robot produced for the item (receipt numbers…)
 * @param outcome {@link ItemOutcome#SUCCESSFUL} (did its work; also when null) or {@link
 *     ItemOutcome#UNCHANGED} (nothing to do)
 * @param reason what the flow's {@code done} step said, or null
 */
public record ItemCompletion(Map<String, Object> output, ItemOutcome outcome, String reason) {

  /** The item did its work. */
  public ItemCompletion(Map<String, Object> output) {
    this(output, ItemOutcome.SUCCESSFUL, null);
  }
}
