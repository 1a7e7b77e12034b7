package io.workforce.runtime.robot;

import io.workforce.flows.expr.Expressions;
import io.workforce.protocol.ItemOutcome;
import io.workforce.protocol.ItemResult;
import io.workforce.runtime.Secrets;
import io.workforce.runtime.input.WorkItem;
import io.workforce.runtime.journal.ItemStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An ended item as the orchestrator is told about it (a robot's job, or the assistant's attended
 * run): outcome, reason, number, key, inputs and outputs, every text masked.
 */
public final class ItemReports {

  private ItemReports() {}

  /** One ended item as the protocol carries it, every text masked. */
  public static ItemResult of(
      WorkItem item, io.workforce.runtime.input.ItemResult result, Instant at) {
    return new ItemResult(
        item.reference(),
        outcome(result.status()),
        result.reason() == null ? null : Secrets.mask(result.reason()),
        at,
        item.index(),
        plain(result.key()),
        plain(item.data()),
        plain(result.outputs()));
  }

  /** The protocol's outcome of an item that ended (a stopped one is not reported). */
  public static ItemOutcome outcome(ItemStatus status) {
    return switch (status) {
      case SUCCEEDED -> ItemOutcome.SUCCESSFUL;
      case UNCHANGED -> ItemOutcome.UNCHANGED;
      case BUSINESS_FAILED -> ItemOutcome.BUSINESS_FAILED;
      case SYSTEM_FAILED, STOPPED -> ItemOutcome.SYSTEM_FAILED;
    };
  }

  /**
   * Values as they may leave the machine: numbers and yes/no as they are, anything else as masked
   * text.
   */
  static Map<String, Object> plain(Map<String, Object> values) {
    Map<String, Object> out = new LinkedHashMap<>();
    values.forEach(
        (k, v) ->
            out.put(
                k,
                v == null || v instanceof Number || v instanceof Boolean
                    ? v
                    : Secrets.mask(Expressions.text(v))));
    return out;
  }
}
