package io.workforce.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One isolated browser session (a browser context: its own cookies) and its current page. Element
 * actions wait until the element is actionable (attached, visible, enabled, not covered) up to the
 * driver's timeout; a selector that matches more than one element is an error, never a guess.
 * Failures are {@link SystemException}s: {@link ElementTimeoutException} says which selector and what
 * the page showed, {@link BrowserCrashedException} says the session must be replaced.
 *
 * <p>Used only by the thread that created it.
 */
public interface BrowserSession extends AutoCloseable {

  /** Opens {@code url} in the current page and waits until it has loaded. */
  void navigate(String url);

  /** The current page's address. */
  String url();

  /** The current page's title. */
  String title();

  /** Clicks the element (answering any dialog it opens per {@link #answerDialogs}). */
  void click(Selector target);

  /** Replaces the field's value with {@code text}. */
  void fill(Selector target, String text);

  /** Chooses the option of a {@code <select>} whose value or visible label is {@code option}. */
  void select(Selector target, String option);

  /** Ticks or clears a checkbox (or picks a radio button). */
  void check(Selector target, boolean checked);

  /**
   * The element's text as shown (innerText, trimmed); for input, textarea and select its value.
   * Waits until the element is on the page.
   */
  String read(Selector target);

  /** An attribute of the element, or null; waits until the element is on the page. */
  String attribute(Selector target, String name);

  /** The text of every element that matches now (no waiting), in document order. */
  List<String> readAll(Selector target);

  /** How many elements match now (no waiting). */
  int count(Selector target);

  /** Whether the selector matches a visible element now (no waiting). */
  boolean isVisible(Selector target);

  /** Waits until the element reaches {@code state}. */
  void waitFor(Selector target, WaitState state, Duration timeout);

  /** Sets files on an {@code <input type=file>} (which may be hidden). */
  void upload(Selector input, List<Path> files);

  /** Clicks {@code trigger}, waits for the download it starts and saves it into {@code dir}; returns the file. */
  Path download(Selector trigger, Path dir);

  /** Clicks {@code trigger} and makes the pop-up window it opens the current page. */
  void clickForPopup(Selector trigger);

  /** Makes the window whose title or address contains {@code titleOrUrl} the current page. */
  void switchWindow(String titleOrUrl);

  /** Closes the current window and returns to the one that opened it. */
  void closeWindow();

  /** Looks up elements inside this frame (nested frames: call again) until {@link #leaveFrames()}. */
  void enterFrame(Selector frame);

  /** Back to the top document. */
  void leaveFrames();

  /** How dialogs are answered from now on (default {@link DialogAnswer#ACCEPT}). */
  void answerDialogs(DialogAnswer answer);

  /** The message of the last dialog this session answered. */
  Optional<String> lastDialog();

  /** Runs a JavaScript expression in the current frame and returns its value as text (null stays null). */
  String evaluate(String expression);

  /** A PNG of the visible page. */
  byte[] screenshot();

  /** A PNG of one element (for OCR of an image or a field). */
  byte[] screenshot(Selector element);

  /** The current document's HTML. */
  String html();

  /** What the page shows now, for error messages; never throws. */
  PageState state();

  /** Whether the page and its browser are still usable. */
  boolean isAlive();

  /** Closes the session and its windows; never throws. */
  @Override
  void close();
}
