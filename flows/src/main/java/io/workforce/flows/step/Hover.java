package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import java.time.Duration;

/**
 * {@code hover}: moves the mouse over an element (menus that open on hover).
 *
 * @param selector the element
 * @param timeout how long to wait (null = default)
 */
public record Hover(String path, SourceLocation location, Selector selector, Duration timeout)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
