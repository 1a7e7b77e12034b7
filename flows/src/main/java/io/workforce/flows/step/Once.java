package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code once}: the steps after which the system may hold the item's record (a submit), so that an
 * item retried after a system error (a lost session, a timeout) never sends them blindly again.
 * Once an attempt has started these steps, every later attempt of the item first runs {@code
 * lookup} (on its new session, before any other step) and checks {@code found}: when it holds, the
 * record is there and the item goes on after this block; otherwise the item runs from the start as
 * usual. Only at the top level of a flow's {@code steps}, at most one per flow.
 *
 * @param lookup the steps that look the record up; they see only the item and what {@code before}
 *     left, as they run first
 * @param found the condition that the record was found, checked after {@code lookup}
 * @param steps the steps that may reach the system (the submit and what reads its answer)
 */
public record Once(
    String path, SourceLocation location, List<Step> lookup, Template found, List<Step> steps)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public List<Step> children() {
    List<Step> all = new ArrayList<>(steps);
    all.addAll(lookup);
    return all;
  }
}
