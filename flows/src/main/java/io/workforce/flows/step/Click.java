package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import java.time.Duration;

/**
 * {@code click}: clicks an element once it is visible and enabled.
 *
 * @param selector the element
 * @param doubleClick whether to double-click
 * @param timeout how long to wait for the element (null = default)
 */
public record Click(
    String path, SourceLocation location, Selector selector, boolean doubleClick, Duration timeout)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
