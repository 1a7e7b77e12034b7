package io.workforce.runtime;

/**
 * A selector that no page can answer: its syntax is wrong for its kind, or a driver refused it. The
 * flow checker stops such selectors before a run when they are written in the flow; one that still
 * reaches a page was made by an expression from the item's data ({@code #${item.id}}). Retrying
 * cannot help, so the item fails at once, like a business error, and the message names the selector
 * and what is wrong with it.
 */
public final class SelectorException extends BusinessException {

  private final String selector;

  public SelectorException(String selector, String reason) {
    super(Messages.get("error.selector", selector, reason));
    this.selector = selector;
  }

  /** The selector as written (rendered). */
  public String selector() {
    return selector;
  }
}
