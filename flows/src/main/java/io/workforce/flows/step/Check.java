package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import java.time.Duration;

/**
 * {@code check} / {@code uncheck}: sets a checkbox or radio button (does nothing when it already is
 * so).
 *
 * @param selector the checkbox or radio button
 * @param checked true for {@code check}, false for {@code uncheck}
 * @param timeout how long to wait (null = default)
 */
public record Check(
    String path, SourceLocation location, Selector selector, boolean checked, Duration timeout)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
