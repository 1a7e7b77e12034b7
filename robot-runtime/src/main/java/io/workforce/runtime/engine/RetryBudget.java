package io.workforce.runtime.engine;

/**
 * The retries one item may spend, of any kind: opening a page again after an error page, and trying
 * the item again after a system error. {@code --retries N} gives each item {@code N - 1} of them,
 * so the levels add up instead of multiplying (an error page seen on every try used to cost 3 opens
 * × 3 tries). A {@code try} block's own {@code retry} is what the flow's author asked for and
 * counts apart; an error that still escapes it has had its retries and ends the item.
 *
 * <p>One per item, shared by its attempts; used by the item's worker thread only.
 */
final class RetryBudget {

  private int left;

  RetryBudget(int retries) {
    this.left = Math.max(0, retries);
  }

  /** Takes one retry if any is left. */
  boolean take() {
    if (left == 0) {
      return false;
    }
    left--;
    return true;
  }

  /** Whether a retry is left. */
  boolean any() {
    return left > 0;
  }

  /** Spends what is left: the error at hand has had its retries. */
  void spend() {
    left = 0;
  }
}
