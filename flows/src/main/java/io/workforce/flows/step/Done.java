package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;

/**
 * {@code done}: ends the item now, successfully: either it did its work ({@code succeeded}) or it
 * found there was nothing to do ({@code unchanged}, e.g. the record was already in the system and
 * was deliberately not entered again). Steps after it are unreachable.
 *
 * @param outcome how the item ended
 * @param reason what people read in the result's reason column, or null
 */
public record Done(String path, SourceLocation location, Outcome outcome, Template reason)
    implements Step {

  /** The two ways an item ends well. */
  public enum Outcome {
    /** The item did its work. */
    SUCCEEDED,
    /** Nothing needed doing: nothing was changed in any system. */
    UNCHANGED
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
