package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;
import java.util.regex.Pattern;

/**
 * {@code extract}: takes parts of a text with a regular expression. With named groups ({@code
 * (?<code>\d+)}) the variable becomes a record of the groups; otherwise it holds group 1 (or the
 * whole match when the pattern has no group).
 *
 * @param from the text to search
 * @param pattern the regular expression (Java syntax, searched, not matched whole)
 * @param into the variable
 * @param otherwise what happens when nothing matches ({@code warn} leaves the variable null)
 */
public record Extract(
    String path,
    SourceLocation location,
    Template from,
    Pattern pattern,
    String into,
    Otherwise otherwise)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
