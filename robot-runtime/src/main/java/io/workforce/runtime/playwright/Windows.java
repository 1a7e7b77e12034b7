package io.workforce.runtime.playwright;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.workforce.runtime.Messages;
import io.workforce.runtime.Selector;
import io.workforce.runtime.SystemException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The windows (pages) of one browser context and the frames entered in the current one: which page
 * a session works in, and the pages it came from, so that closing a pop-up goes back to the page
 * that opened it.
 */
final class Windows {

  private final BrowserContext context;
  private final Deque<Page> openers = new ArrayDeque<>();
  private final List<Selector> frames = new ArrayList<>();
  private Page page;

  /** Opens the context's first page; register the context's page listeners before. */
  Windows(BrowserContext context) {
    this.context = context;
    this.page = context.newPage();
  }

  /** The page the session works in. */
  Page page() {
    return page;
  }

  /** Works inside {@code frame} (found in the frames entered before) from now on. */
  void enterFrame(Selector frame) {
    frames.add(frame);
  }

  /** Works in the page itself, outside any frame, from now on. */
  void leaveFrames() {
    frames.clear();
  }

  /** Whether the session works inside a frame. */
  boolean inFrame() {
    return !frames.isEmpty();
  }

  /** The element {@code selector} in the innermost frame entered. */
  Locator locate(Selector selector) {
    return Locators.locate(page, frames, selector);
  }

  /** The innermost frame entered, as an element of its parent. */
  Locator innermostFrame() {
    return Locators.locate(
        page, frames.subList(0, frames.size() - 1), frames.get(frames.size() - 1));
  }

  /**
   * Works in {@code next} from now on, outside any frame; the page left is remembered as its
   * opener.
   */
  void switchTo(Page next) {
    if (next != page) {
      openers.push(page);
      page = next;
    }
    frames.clear();
  }

  /** The newest page, when it is not the current one (a window opened meanwhile); else null. */
  Page newest() {
    List<Page> pages = context.pages();
    Page last = pages.get(pages.size() - 1);
    return pages.size() > 1 && last != page ? last : null;
  }

  /** The context's first page. */
  Page main() {
    return context.pages().get(0);
  }

  /**
   * The first page whose title or address contains {@code titleOrUrl}.
   *
   * @throws SystemException naming the text and every window seen
   */
  Page find(String titleOrUrl) {
    List<String> seen = new ArrayList<>();
    for (Page p : context.pages()) {
      String title = p.title();
      seen.add(title + " " + p.url());
      if (title.contains(titleOrUrl) || p.url().contains(titleOrUrl)) {
        return p;
      }
    }
    throw new SystemException(Messages.get("error.window", titleOrUrl, String.join(", ", seen)));
  }

  /** Closes the window with this id, unless it is the current one. */
  void close(String windowId) {
    for (Page p : context.pages()) {
      if (Tables.id(p).equals(windowId) && p != page) {
        openers.remove(p);
        p.close();
      }
    }
  }

  /**
   * Closes the current window and goes back to the page that opened it (a new blank page when none
   * is left).
   */
  void closeCurrent() {
    Page closing = page;
    openers.remove(closing);
    page = openers.isEmpty() ? context.newPage() : openers.pop();
    frames.clear();
    closing.close();
  }
}
