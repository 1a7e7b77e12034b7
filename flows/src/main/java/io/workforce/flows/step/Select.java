package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;
import java.time.Duration;

/**
 * {@code select}: chooses an option of a {@code <select>}.
 *
 * @param selector the {@code <select>} element
 * @param by whether {@code option} is the option's label, value or 0-based index
 * @param option the label, value or index
 * @param timeout how long to wait (null = default)
 */
public record Select(
    String path,
    SourceLocation location,
    Selector selector,
    By by,
    Template option,
    Duration timeout)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /** How the option is named. */
  public enum By {
    LABEL,
    VALUE,
    INDEX
  }
}
