package io.workforce.flows.selector;

/**
 * A selector that cannot work on either browser driver: why (in Chinese and English), how to fix
 * it, and where in the selector text the problem is.
 */
public final class SelectorSyntaxException extends IllegalArgumentException {

  private final String selector;
  private final Text reason;
  private final Text hint;
  private final int offset;

  /** A text in both languages of the product. */
  public record Text(String zh, String en) {

    /** The text in Chinese ({@code zh}) or English. */
    public String in(boolean chinese) {
      return chinese ? zh : en;
    }
  }

  SelectorSyntaxException(String selector, Text reason, Text hint, int offset) {
    super(reason.en() + " (hint: " + hint.en() + ")");
    this.selector = selector;
    this.reason = reason;
    this.hint = hint;
    this.offset = offset;
  }

  /** The selector as written. */
  public String selector() {
    return selector;
  }

  /** What is wrong, without the selector. */
  public String reason(boolean chinese) {
    return reason.in(chinese);
  }

  /** How to fix it. */
  public String hint(boolean chinese) {
    return hint.in(chinese);
  }

  /** 0-based position of the problem in the selector text, or -1 when it concerns all of it. */
  public int offset() {
    return offset;
  }
}
