package io.workforce.runtime;

/**
 * What a page showed at a moment, for error messages.
 *
 * @param url the page address
 * @param title the page title
 * @param text the start of the page's visible text, white space collapsed
 */
public record PageState(String url, String title, String text) {

  /** Visible text beyond this many characters is cut. */
  public static final int EXCERPT = 200;

  public static final PageState UNKNOWN = new PageState("?", "?", "");

  /** Builds a state, collapsing white space and cutting the text to {@link #EXCERPT} characters. */
  public static PageState of(String url, String title, String bodyText) {
    String text = bodyText == null ? "" : bodyText.replaceAll("\\s+", " ").strip();
    if (text.length() > EXCERPT) {
      text = text.substring(0, EXCERPT) + "…";
    }
    return new PageState(url, title == null ? "" : title, text);
  }
}
