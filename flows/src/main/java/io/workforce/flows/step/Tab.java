package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;
import java.time.Duration;

/**
 * {@code tab}: switches to another window or tab of the same session.
 *
 * @param target which tab
 * @param match for MATCHING: text the tab's title or address contains
 * @param closeCurrent close the tab being left
 * @param timeout how long to wait for a new tab to appear (null = default)
 */
public record Tab(
    String path,
    SourceLocation location,
    Target target,
    Template match,
    boolean closeCurrent,
    Duration timeout)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /** Which tab to switch to. */
  public enum Target {
    /** The most recently opened tab (waits for one to open). */
    NEW,
    /** The first tab of the session. */
    MAIN,
    /** The first tab whose title or address contains {@code match}. */
    MATCHING
  }
}
