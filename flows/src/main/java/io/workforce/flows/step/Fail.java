package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;

/**
 * {@code fail}: stops the item with a business error (the data is wrong) or a system error.
 *
 * @param kind business or system
 * @param message the message
 */
public record Fail(String path, SourceLocation location, ErrorKind kind, Template message)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
