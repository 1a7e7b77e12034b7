package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;

/**
 * {@code enqueue}: adds one item to a work queue, so that another flow (with {@code input: { queue:
 * … }}) processes each item with its own status, retries and deadline. Under {@code ./rpa run} the
 * queue is the local store {@code queues/<queue>.json} in the working directory; a robot running a
 * job adds through the orchestrator.
 *
 * @param queue the queue's name, written out (never a {@code ${…}}), so that the orchestrator can
 *     tell from the flow which queues a job may add to
 * @param reference unique in the queue: adding an existing reference adds nothing and says so
 * @param priority 1 (first) – 10, null = 5
 * @param deadline when the item should be done ({@code 2026-12-31} or {@code 2026-12-31T18:00},
 *     local time, or with an offset), null = none
 * @param payload the item's data: maps, lists, numbers, booleans, null and {@link Template} strings
 *     (null = empty)
 * @param into the variable that receives {@code true} when the item was added, {@code false} when
 *     the reference was already there (null = none)
 */
public record Enqueue(
    String path,
    SourceLocation location,
    String queue,
    Template reference,
    Integer priority,
    Template deadline,
    Object payload,
    String into)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
