package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import java.util.List;

/**
 * {@code set}: gives variables values, in file order (a later one may use an earlier one).
 *
 * @param assignments the variables and their values
 */
public record SetVariables(String path, SourceLocation location, List<Assignment> assignments)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
