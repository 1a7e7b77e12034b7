package io.workforce.flows.expr;

/** A template's {@code ${…}} is malformed; {@link #offset()} is where, within the template text. */
public final class TemplateSyntaxException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int offset;

  public TemplateSyntaxException(String message, int offset) {
    super(message);
    this.offset = offset;
  }

  /** Offset within the template text. */
  public int offset() {
    return offset;
  }
}
