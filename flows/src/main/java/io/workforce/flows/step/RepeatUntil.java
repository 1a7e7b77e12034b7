package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;
import java.time.Duration;
import java.util.List;

/**
 * {@code repeat_until}: runs steps, then checks the condition, until it holds or {@code max} rounds
 * ran.
 *
 * @param until the condition checked after each round
 * @param max the hard limit of rounds (required)
 * @param interval a pause between rounds (zero = none)
 * @param otherwise what happens when the limit is reached and the condition still does not hold
 * @param steps the body
 */
public record RepeatUntil(
    String path,
    SourceLocation location,
    Template until,
    int max,
    Duration interval,
    Otherwise otherwise,
    List<Step> steps)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public List<Step> children() {
    return steps;
  }
}
