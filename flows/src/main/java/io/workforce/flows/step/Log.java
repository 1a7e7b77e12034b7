package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;

/**
 * {@code log}: writes a message to the run's journal.
 *
 * @param message the text
 * @param level info (default), warn or error
 */
public record Log(String path, SourceLocation location, Template message, Level level)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /** Journal levels. */
  public enum Level {
    INFO,
    WARN,
    ERROR
  }
}
