package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;
import java.util.List;

/**
 * {@code verify}: checks a value, after normalising both sides.
 *
 * @param that the value checked
 * @param comparison how it is compared
 * @param expected the expected value (one; several for {@code one_of})
 * @param normalization how both sides are normalised first
 * @param otherwise what happens when the check fails
 * @param message the message of the error or warning (null = a generated "expected … but was …")
 */
public record Verify(
    String path,
    SourceLocation location,
    Template that,
    Comparison comparison,
    List<Template> expected,
    Normalization normalization,
    Otherwise otherwise,
    Template message)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /** How {@code that} is compared with the expected value. */
  public enum Comparison {
    /** Equal after normalisation. */
    EQUALS,
    /** The regular expression matches the whole value. */
    MATCHES,
    /** The value contains the expected text. */
    CONTAINS,
    /** Equal to one of the expected values. */
    ONE_OF
  }
}
