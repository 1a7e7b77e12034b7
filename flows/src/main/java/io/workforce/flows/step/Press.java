package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import java.time.Duration;

/**
 * {@code press}: presses a key or chord (Playwright key names: {@code Enter}, {@code Tab}, {@code
 * Control+A}, {@code F5}).
 *
 * @param key the key
 * @param selector the element to focus first (null = whatever has focus)
 * @param timeout how long to wait for the element (null = default)
 */
public record Press(
    String path, SourceLocation location, String key, Selector selector, Duration timeout)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
