package io.workforce.runtime.playwright;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.workforce.runtime.BrowserSession;
import io.workforce.runtime.ClosedRoots;
import io.workforce.runtime.DialogAnswer;
import io.workforce.runtime.DriverOptions;
import io.workforce.runtime.Matches;
import io.workforce.runtime.Messages;
import io.workforce.runtime.PageState;
import io.workforce.runtime.Scripts;
import io.workforce.runtime.Selector;
import io.workforce.runtime.SystemException;
import io.workforce.runtime.WaitState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** A Playwright browser context and its current page. */
final class PlaywrightSession implements BrowserSession {

  /** The root element of the document a session works in (the innermost frame's, in a frame). */
  private static final Selector ROOT = new Selector.Css(":root", ":root", false);

  private final BrowserContext context;
  private final DriverOptions options;
  private final Windows windows;
  private final PageWatch watch;
  private Duration timeout;

  PlaywrightSession(BrowserContext context, DriverOptions options) {
    this.context = context;
    this.options = options;
    this.timeout = options.timeout();
    this.watch = new PageWatch(context);
    this.windows = new Windows(context);
  }

  @Override
  public void navigate(String url) {
    windows.leaveFrames();
    call(
        url,
        Messages.get("state.attached"),
        options.navigationTimeout(),
        () -> {
          try {
            Navigation.go(page(), url, options.navigationTimeout());
          } catch (PlaywrightException e) {
            if (e.getMessage() != null && e.getMessage().contains("net::")) {
              throw new SystemException(
                  Messages.get(
                      "error.navigation", url, e.getMessage().lines().findFirst().orElse("")));
            }
            throw e;
          }
          return null;
        });
    Object status = status();
    if (status instanceof Number n && n.intValue() >= 500) {
      throw new SystemException(
          Messages.get("error.navigation", url, "HTTP " + n.intValue() + " — " + state().text()));
    }
  }

  @Override
  public String url() {
    return page().url();
  }

  @Override
  public String title() {
    return call(null, "", timeout, () -> page().title());
  }

  @Override
  public void timeout(Duration value) {
    this.timeout = value;
    context.setDefaultTimeout(value.toMillis());
  }

  @Override
  public Duration timeout() {
    return timeout;
  }

  @Override
  public void click(Selector target, boolean doubleClick) {
    act(
        target,
        () -> {
          if (doubleClick) {
            locate(target).dblclick();
          } else {
            locate(target).click();
          }
          settle();
        });
  }

  /**
   * The HTTP status of the current document; null when the page is between documents (a script
   * navigated).
   */
  private Object status() {
    try {
      return page().evaluate(Scripts.STATUS);
    } catch (PlaywrightException e) {
      return null;
    }
  }

  /**
   * After an action that may navigate: Playwright waits for the navigation to commit; wait for the
   * load too.
   */
  private void settle() {
    if (!page().isClosed()) {
      page().waitForLoadState();
      Object status = status();
      if (status instanceof Number n && n.intValue() >= 500) {
        throw new SystemException(
            Messages.get("error.status", page().url(), n.intValue(), state().text()));
      }
    }
  }

  @Override
  public void clickNth(Selector target, int index) {
    act(
        target,
        () -> {
          locate(target).nth(index).click();
          settle();
        });
  }

  @Override
  public void hover(Selector target) {
    act(target, () -> locate(target).hover());
  }

  @Override
  public void press(Selector target, String key) {
    if (target == null) {
      call(
          null,
          "",
          timeout,
          () -> {
            page().keyboard().press(key);
            return null;
          });
    } else {
      act(target, () -> locate(target).press(key));
    }
    settle();
  }

  @Override
  public void fill(Selector target, String text, boolean force) {
    String value = text == null ? "" : text;
    if (force) {
      callOn(
          target,
          Messages.get("state.attached"),
          timeout,
          () -> {
            // hidden fields too: force is how a flow sets what a picker would have set
            Locator field = locate(target);
            field.waitFor(waitOptions(WaitForSelectorState.ATTACHED, timeout));
            return field.evaluate(Scripts.FORCE_FILL, value);
          });
    } else {
      act(target, () -> locate(target).fill(value));
    }
  }

  @Override
  public void selectIndex(Selector target, int index) {
    act(
        target,
        () ->
            locate(target)
                .selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(index)));
  }

  @Override
  public void select(Selector target, String option) {
    act(target, () -> locate(target).selectOption(option));
  }

  @Override
  public void check(Selector target, boolean checked) {
    act(target, () -> locate(target).setChecked(checked));
  }

  @Override
  public String read(Selector target) {
    return callOn(
        target,
        Messages.get("state.attached"),
        timeout,
        () -> String.valueOf(locate(target).evaluate(Scripts.READ)));
  }

  @Override
  public String attribute(Selector target, String name) {
    return callOn(
        target, Messages.get("state.attached"), timeout, () -> locate(target).getAttribute(name));
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<String> readAll(Selector target) {
    return callOn(
        target,
        "",
        timeout,
        () ->
            ((List<Object>) locate(target).evaluateAll("els => els.map(" + Scripts.READ + ")"))
                .stream().map(String::valueOf).toList());
  }

  @Override
  public Object evaluateOn(Selector target, String function, Object arg) {
    return callOn(
        target,
        Messages.get("state.attached"),
        timeout,
        () -> locate(target).evaluate(function, arg));
  }

  @Override
  public Object evaluateAll(Selector target, String function, Object arg) {
    return callOn(target, "", timeout, () -> locate(target).evaluateAll(function, arg));
  }

  @Override
  public int count(Selector target) {
    return callOn(target, "", timeout, () -> locate(target).count());
  }

  @Override
  public boolean isVisible(Selector target) {
    return callOn(
        target,
        "",
        timeout,
        () -> (Boolean) locate(target).evaluateAll("els => els.some(" + Scripts.VISIBLE + ")"));
  }

  @Override
  public void waitFor(Selector target, WaitState state, Duration timeout) {
    Locator visible = locate(target).filter(new Locator.FilterOptions().setVisible(true)).first();
    Locator present = locate(target).first();
    callOn(
        target,
        state.describe(),
        timeout,
        () -> {
          boolean held =
              ChangeWait.until(
                  switch (state) {
                    case ATTACHED -> () -> present.count() > 0;
                    case VISIBLE -> () -> visible.count() > 0;
                    case HIDDEN -> () -> visible.count() == 0;
                  },
                  locate(ROOT),
                  timeout);
          if (held) {
            return null;
          }
          // Playwright's own wait decides at the end, so that a timeout fails as it always has
          Duration last = Duration.ofMillis(1);
          switch (state) {
            case ATTACHED -> present.waitFor(waitOptions(WaitForSelectorState.ATTACHED, last));
            case VISIBLE -> visible.waitFor(waitOptions(WaitForSelectorState.ATTACHED, last));
            case HIDDEN -> visible.waitFor(waitOptions(WaitForSelectorState.DETACHED, last));
          }
          return null;
        });
  }

  private static Locator.WaitForOptions waitOptions(WaitForSelectorState state, Duration timeout) {
    return new Locator.WaitForOptions().setState(state).setTimeout(timeout.toMillis());
  }

  @Override
  public void upload(Selector input, List<Path> files) {
    act(input, () -> locate(input).setInputFiles(files.toArray(Path[]::new)));
  }

  @Override
  public Path download(Selector trigger, Path dir) {
    return callOn(
        trigger,
        Messages.get("state.actionable"),
        timeout,
        () -> {
          Download d =
              page()
                  .waitForDownload(
                      new Page.WaitForDownloadOptions().setTimeout(timeout.toMillis()),
                      () -> locate(trigger).click());
          Path file = dir.resolve(d.suggestedFilename());
          d.saveAs(file);
          return file;
        });
  }

  @Override
  public void clickForPopup(Selector trigger) {
    Page popup =
        callOn(
            trigger,
            Messages.get("state.actionable"),
            timeout,
            () ->
                page()
                    .waitForPopup(
                        new Page.WaitForPopupOptions().setTimeout(timeout.toMillis()),
                        () -> locate(trigger).click()));
    popup.waitForLoadState();
    windows.switchTo(popup);
  }

  @Override
  public String windowId() {
    return Tables.id(page());
  }

  @Override
  public void closeWindow(String windowId) {
    windows.close(windowId);
  }

  @Override
  public void switchToNewWindow() {
    Page newest = windows.newest();
    if (newest == null) {
      newest =
          call(
              null,
              Messages.get("state.attached"),
              timeout,
              () ->
                  context.waitForPage(
                      new BrowserContext.WaitForPageOptions().setTimeout(timeout.toMillis()),
                      () -> {}));
    }
    newest.waitForLoadState();
    windows.switchTo(newest);
  }

  @Override
  public void switchToMainWindow() {
    windows.switchTo(windows.main());
  }

  @Override
  public void switchWindow(String titleOrUrl) {
    Page found = windows.find(titleOrUrl);
    windows.switchTo(found);
    found.bringToFront();
  }

  @Override
  public void closeWindow() {
    windows.closeCurrent();
  }

  @Override
  public void enterFrame(Selector frame) {
    callOn(
        frame,
        Messages.get("state.attached"),
        timeout,
        () -> {
          locate(frame).waitFor(waitOptions(WaitForSelectorState.ATTACHED, timeout));
          return null;
        });
    windows.enterFrame(frame);
  }

  @Override
  public void leaveFrames() {
    windows.leaveFrames();
  }

  @Override
  public void answerDialogs(DialogAnswer dialogAnswer) {
    watch.answerDialogs(dialogAnswer);
  }

  @Override
  public Optional<String> lastDialog() {
    return watch.lastDialog();
  }

  @Override
  public String evaluate(String expression) {
    return call(
        null,
        "",
        timeout,
        () -> {
          Object value =
              windows.inFrame()
                  ? windows.innermostFrame().elementHandle().contentFrame().evaluate(expression)
                  : page().evaluate(expression);
          return value == null ? null : String.valueOf(value);
        });
  }

  @Override
  public Object script(String function, Selector element, List<Object> args) {
    if (element == null) {
      String call = "(args) => (" + function + ")(...args)";
      return call(
          null,
          "",
          timeout,
          () ->
              windows.inFrame()
                  ? windows.innermostFrame().elementHandle().contentFrame().evaluate(call, args)
                  : page().evaluate(call, args));
    }
    return callOn(
        element,
        Messages.get("state.attached"),
        timeout,
        () -> {
          Locator target = locate(element);
          target.waitFor(waitOptions(WaitForSelectorState.ATTACHED, timeout));
          return target.evaluate("(el, args) => (" + function + ")(el, ...args)", args);
        });
  }

  @Override
  public byte[] screenshot(boolean fullPage) {
    return call(
        null,
        "",
        timeout,
        () -> page().screenshot(new Page.ScreenshotOptions().setFullPage(fullPage)));
  }

  @Override
  public byte[] screenshot(Selector element) {
    return callOn(
        element, Messages.get("state.visible"), timeout, () -> locate(element).screenshot());
  }

  @Override
  public String html() {
    return call(
        null,
        "",
        timeout,
        () ->
            windows.inFrame()
                ? windows.innermostFrame().elementHandle().contentFrame().content()
                : page().content());
  }

  @Override
  public PageState state() {
    try {
      String text = String.valueOf(page().evaluate(Scripts.BODY_TEXT));
      return PageState.of(page().url(), page().title(), text);
    } catch (RuntimeException e) {
      try {
        return PageState.of(page().url(), "?", "");
      } catch (RuntimeException gone) {
        return PageState.UNKNOWN;
      }
    }
  }

  @Override
  public boolean isAlive() {
    if (watch.crashed()
        || page().isClosed()
        || context.browser() == null
        || !context.browser().isConnected()) {
      return false;
    }
    try {
      page()
          .evaluate(
              "1"); // a round trip: the flags above learn of a killed browser only on the next call
      return true;
    } catch (PlaywrightException e) {
      return false;
    }
  }

  @Override
  public void close() {
    try {
      context.close();
    } catch (RuntimeException ignored) {
      // the browser may be gone already
    }
  }

  private Page page() {
    return windows.page();
  }

  private Locator locate(Selector selector) {
    return windows.locate(selector);
  }

  private void act(Selector target, Runnable action) {
    callOn(
        target,
        Messages.get("state.actionable"),
        timeout,
        () -> {
          action.run();
          return null;
        });
  }

  private <T> T call(String selector, String waitingFor, Duration timeout, Supplier<T> action) {
    try {
      return action.get();
    } catch (PlaywrightException e) {
      throw PlaywrightErrors.translate(e, selector, waitingFor, timeout, this::state);
    }
  }

  /** {@link #call} for an action on {@code target}: failures list its matches and say why. */
  private <T> T callOn(Selector target, String waitingFor, Duration timeout, Supplier<T> action) {
    try {
      return action.get();
    } catch (PlaywrightException e) {
      throw PlaywrightErrors.translate(
          e,
          target.source(),
          waitingFor,
          timeout,
          this::state,
          () -> Matches.why(target, matches(target), this::labelTexts, this::closedRoots),
          () -> matches(target));
    }
  }

  /** What {@code target} matches now, as {@link Scripts#DESCRIBE} rows. */
  private List<?> matches(Selector target) {
    return (List<?>) locate(target).evaluateAll(Scripts.DESCRIBE);
  }

  @SuppressWarnings("unchecked")
  private List<String> labelTexts() {
    String script = "(" + Scripts.LABEL_TEXTS + ")()";
    return (List<String>)
        (windows.inFrame()
            ? windows.innermostFrame().elementHandle().contentFrame().evaluate(script)
            : page().evaluate(script));
  }

  /** Hosts of closed shadow roots on the page, which page scripts cannot see (DevTools can). */
  private List<String> closedRoots() {
    CDPSession cdp = context.newCDPSession(page());
    try {
      JsonObject params = new JsonObject();
      params.addProperty("depth", -1);
      params.addProperty("pierce", true);
      JsonObject document = cdp.send("DOM.getDocument", params);
      return ClosedRoots.in(new Gson().fromJson(document, Map.class));
    } finally {
      cdp.detach();
    }
  }
}
