package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;
import java.time.Duration;

/**
 * {@code wait_for}: waits until a condition holds, or fails with a system error after the timeout.
 *
 * @param condition what to wait for
 * @param timeout how long to wait (null = default)
 */
public record WaitFor(String path, SourceLocation location, Condition condition, Duration timeout)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /** A condition on the current page; also used by a system's {@code logged_out} rule. */
  public sealed interface Condition {}

  /** An element is visible ({@code selector}). */
  public record Visible(Selector selector) implements Condition {}

  /** A text is visible anywhere on the page ({@code text}). */
  public record TextShown(Template text) implements Condition {}

  /**
   * The page address contains this text, or matches it when it contains {@code *} ({@code url}).
   */
  public record UrlMatches(Template url) implements Condition {}

  /** An element is hidden or absent ({@code gone}). */
  public record Gone(Selector selector) implements Condition {}
}
