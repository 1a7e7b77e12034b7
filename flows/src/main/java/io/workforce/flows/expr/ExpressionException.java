package io.workforce.flows.expr;

/**
 * An expression could not be evaluated (a variable is missing, a value has the wrong type, the
 * sandbox refused a call). The message names the expression; it never contains variable values,
 * which may be secrets.
 */
public final class ExpressionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String expression;

  public ExpressionException(String expression, String reason) {
    super("${" + expression + "}: " + reason);
    this.expression = expression;
  }

  /** The expression text, without {@code ${ }}. */
  public String expression() {
    return expression;
  }
}
