package io.workforce.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One isolated browser session (a browser context: its own cookies) and its current page. Element
 * actions wait until the element is actionable (attached, visible, enabled, not covered) up to the
 * driver's timeout; a selector that matches more than one element is an error, never a guess.
 * Failures are {@link SystemException}s: {@link ElementTimeoutException} says which selector and
 * what the page showed, {@link BrowserCrashedException} says the session must be replaced.
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

  /** How long element actions of this session wait from now on. */
  void timeout(Duration timeout);

  /** How long element actions wait now. */
  Duration timeout();

  /** Clicks the element (answering any dialog it opens per {@link #answerDialogs}). */
  default void click(Selector target) {
    click(target, false);
  }

  /** Clicks or double-clicks the element. */
  void click(Selector target, boolean doubleClick);

  /** Clicks the {@code index}-th (from 0) of the elements the selector matches (pager links). */
  void clickNth(Selector target, int index);

  /** Moves the mouse over the element. */
  void hover(Selector target);

  /**
   * Presses a key or chord in Playwright's names ({@code Enter}, {@code Control+A}) on the element,
   * or the page when null.
   */
  void press(Selector target, String key);

  /** Replaces the field's value with {@code text}. */
  default void fill(Selector target, String text) {
    fill(target, text, false);
  }

  /**
   * Replaces the field's value; {@code force} sets it by script and fires input and change events,
   * for read-only fields such as date pickers (visibility is still waited for, editability is not).
   */
  void fill(Selector target, String text, boolean force);

  /** Chooses the option of a {@code <select>} whose value or visible label is {@code option}. */
  void select(Selector target, String option);

  /** Chooses the {@code index}-th option (from 0) of a {@code <select>}. */
  void selectIndex(Selector target, int index);

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

  /**
   * Runs a page-script function {@code (element, arg) => value} on the one element {@code target}
   * matches (waiting until it is on the page), in the current frame, in one evaluation; returns
   * plain values: text, numbers, booleans, lists, maps, null. {@code arg} is plain values too.
   */
  Object evaluateOn(Selector target, String function, Object arg);

  /**
   * Runs {@code (elements, arg) => value} on every element {@code target} matches now (an empty
   * array when none; no waiting), in the current frame; plain values as for {@link #evaluateOn}.
   */
  Object evaluateAll(Selector target, String function, Object arg);

  /** How many elements match now (no waiting). */
  int count(Selector target);

  /** Whether the selector matches a visible element now (no waiting). */
  boolean isVisible(Selector target);

  /** Waits until the element reaches {@code state}. */
  void waitFor(Selector target, WaitState state, Duration timeout);

  /** Sets files on an {@code <input type=file>} (which may be hidden). */
  void upload(Selector input, List<Path> files);

  /**
   * Clicks {@code trigger}, waits for the download it starts and saves it into {@code dir}; returns
   * the file.
   */
  Path download(Selector trigger, Path dir);

  /** Clicks {@code trigger} and makes the pop-up window it opens the current page. */
  void clickForPopup(Selector trigger);

  /** An id of the current window, for {@link #closeWindow(String)}. */
  String windowId();

  /** Closes a window that is not the current one. */
  void closeWindow(String windowId);

  /**
   * Makes the newest window current, waiting up to the timeout for one to open if there is no
   * other.
   */
  void switchToNewWindow();

  /** Makes the first window of the session current. */
  void switchToMainWindow();

  /** Makes the window whose title or address contains {@code titleOrUrl} the current page. */
  void switchWindow(String titleOrUrl);

  /** Closes the current window and returns to the one that opened it. */
  void closeWindow();

  /**
   * Looks up elements inside this frame (nested frames: call again) until {@link #leaveFrames()}.
   */
  void enterFrame(Selector frame);

  /** Back to the top document. */
  void leaveFrames();

  /** How dialogs are answered from now on (default {@link DialogAnswer#ACCEPT}). */
  void answerDialogs(DialogAnswer answer);

  /** The message of the last dialog this session answered. */
  Optional<String> lastDialog();

  /**
   * Runs a JavaScript expression in the current frame and returns its value as text (null stays
   * null).
   */
  String evaluate(String expression);

  /**
   * Calls a JavaScript function in the current frame: with the element first when {@code element}
   * is given (waited for until it is on the page, visible or not), then {@code args}. Returns what
   * it returned (awaited when it is a promise): null, text, number, boolean, list or map.
   */
  Object script(String function, Selector element, List<Object> args);

  /** A PNG of the visible page. */
  default byte[] screenshot() {
    return screenshot(false);
  }

  /** A PNG of the visible page, or of the whole scrollable page. */
  byte[] screenshot(boolean fullPage);

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
