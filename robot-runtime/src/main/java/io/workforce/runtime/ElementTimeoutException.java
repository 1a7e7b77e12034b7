package io.workforce.runtime;

import java.time.Duration;

/**
 * An element did not become ready in time: says which selector, for what, and what the page showed.
 */
public class ElementTimeoutException extends SystemException {

  private final String selector;
  private final PageState page;

  public ElementTimeoutException(
      String selector, String waitingFor, Duration timeout, PageState page, Throwable cause) {
    this(selector, waitingFor, timeout, page, null, cause);
  }

  /**
   * @param why what the driver found out about the selector on the page (matches that were hidden,
   *     the label rules tried, closed shadow roots), or null
   */
  public ElementTimeoutException(
      String selector,
      String waitingFor,
      Duration timeout,
      PageState page,
      String why,
      Throwable cause) {
    super(
        Messages.get(
                "error.timeout",
                selector,
                waitingFor,
                seconds(timeout),
                page.url(),
                page.title(),
                page.text())
            + (why == null || why.isBlank() ? "" : "; " + why),
        cause);
    this.selector = selector;
    this.page = page;
  }

  /** The selector waited for, as written. */
  public String selector() {
    return selector;
  }

  /** What the page showed when the wait gave up. */
  public PageState page() {
    return page;
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0
        ? String.valueOf(d.toSeconds())
        : String.format("%.1f", d.toMillis() / 1000.0);
  }
}
