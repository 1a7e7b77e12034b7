package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;
import java.util.List;

/**
 * {@code for_each}: runs steps for every element of a list.
 *
 * @param items the list (an expression)
 * @param as the variable that holds the current element
 * @param index the variable that holds its 0-based index (null = none)
 * @param limit the most elements to go through (0 = all)
 * @param steps the body
 */
public record ForEach(
    String path,
    SourceLocation location,
    Template items,
    String as,
    String index,
    int limit,
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
