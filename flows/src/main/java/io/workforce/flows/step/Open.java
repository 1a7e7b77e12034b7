package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;
import java.time.Duration;

/**
 * {@code open}: loads a page of a system ({@code system} + path) or any address ({@code url}).
 *
 * @param system the system whose session (and base address) is used; null for a plain address
 * @param url an address; when it does not start with {@code http://} or {@code https://} it is a
 *     path relative to the system's address
 * @param timeout how long the page may take to load (null = default)
 */
public record Open(
    String path, SourceLocation location, String system, Template url, Duration timeout)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
