package io.workforce.flows;

/**
 * One thing wrong with a flow file.
 *
 * @param location where it is
 * @param message what is wrong, quoting the bad input
 * @param hint how to fix it (may be empty, never null)
 */
public record Problem(SourceLocation location, String message, String hint) {

  public Problem {
    hint = hint == null ? "" : hint;
  }

  /** {@code file:line:col: message (hint)}; the hint part is left out when there is none. */
  @Override
  public String toString() {
    return location + ": " + message + (hint.isEmpty() ? "" : " (" + hint + ")");
  }
}
