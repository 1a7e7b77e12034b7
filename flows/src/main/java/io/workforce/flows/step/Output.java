package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import java.util.List;

/**
 * {@code output}: sets values the flow reports for the item (declared under the flow's {@code
 * output}).
 *
 * @param values the outputs and their values
 */
public record Output(String path, SourceLocation location, List<Assignment> values)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
