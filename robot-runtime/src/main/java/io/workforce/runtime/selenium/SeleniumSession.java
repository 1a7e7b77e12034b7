package io.workforce.runtime.selenium;

import io.workforce.runtime.BrowserSession;
import io.workforce.runtime.ClosedRoots;
import io.workforce.runtime.DialogAnswer;
import io.workforce.runtime.DriverOptions;
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
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.openqa.selenium.Alert;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** A Chromium of its own, driven through chromedriver. */
final class SeleniumSession implements BrowserSession {

  private static final Set<String> VALUE_TYPES =
      Set.of("date", "time", "datetime-local", "month", "week", "number", "range", "color");

  private final ChromeDriver driver;
  private final DriverOptions options;
  private final Path profile;
  private final Consumer<SeleniumSession> onClose;
  private final Finder finder;
  private final Windows windows;
  private final java.util.LinkedHashSet<String> known = new java.util.LinkedHashSet<>();
  private Duration timeout;
  private DialogAnswer answer = DialogAnswer.ACCEPT;
  private String lastDialog;

  SeleniumSession(
      ChromeDriver driver,
      DriverOptions options,
      Path profile,
      Path downloads,
      Consumer<SeleniumSession> onClose) {
    this.driver = driver;
    this.options = options;
    this.profile = profile;
    this.onClose = onClose;
    this.timeout = options.timeout();
    this.finder = new Finder(driver, this::handleDialog, this::state, this::closedRoots);
    this.windows = new Windows(driver, finder, this::timeout, downloads);
    known.add(driver.getWindowHandle());
  }

  @Override
  public void navigate(String url) {
    guard(
        () -> {
          windows.leaveFrames();
          try {
            driver.get(url);
          } catch (org.openqa.selenium.TimeoutException e) {
            throw new SystemException(
                Messages.get("error.navigation", url, "timeout " + options.navigationTimeout()));
          } catch (WebDriverException e) {
            if (Finder.isGone(e)) {
              throw e;
            }
            handleDialog();
            if (String.valueOf(e.getMessage()).contains("net::")) {
              throw new SystemException(Messages.get("error.navigation", url, firstLine(e)));
            }
          }
          handleDialog();
          if (String.valueOf(driver.executeScript("return location.href"))
              .startsWith("chrome-error:")) {
            // chromedriver shows Chromium's error page instead of failing the navigation
            throw new SystemException(Messages.get("error.navigation", url, state().text()));
          }
          Object status = driver.executeScript("return (" + Scripts.STATUS + ")();");
          if (status instanceof Number n && n.intValue() >= 500) {
            throw new SystemException(
                Messages.get(
                    "error.navigation", url, "HTTP " + n.intValue() + " — " + state().text()));
          }
          return null;
        });
  }

  @Override
  public String url() {
    return guard(driver::getCurrentUrl);
  }

  @Override
  public String title() {
    return guard(driver::getTitle);
  }

  @Override
  public void timeout(Duration value) {
    this.timeout = value;
  }

  @Override
  public Duration timeout() {
    return timeout;
  }

  @Override
  public void click(Selector target, boolean doubleClick) {
    guard(
        () ->
            finder.actionable(
                target,
                timeout,
                e -> {
                  if (doubleClick) {
                    new Actions(driver).doubleClick(e).perform();
                  } else {
                    e.click();
                  }
                  return true;
                }));
    handleDialog();
    checkStatus();
  }

  /**
   * A click or key that loaded an error page (HTTP 5xx) is a system error now, not a timeout later.
   */
  private void checkStatus() {
    guard(
        () -> {
          Object status = driver.executeScript("return (" + Scripts.STATUS + ")();");
          if (status instanceof Number n && n.intValue() >= 500) {
            throw new SystemException(
                Messages.get("error.status", driver.getCurrentUrl(), n.intValue(), state().text()));
          }
          return null;
        });
  }

  @Override
  public void clickNth(Selector target, int index) {
    guard(
        () ->
            finder.until(
                target,
                Messages.get("state.actionable"),
                timeout,
                matches -> {
                  if (matches.size() <= index
                      || !matches.get(index).visible()
                      || !matches.get(index).enabled()) {
                    return null;
                  }
                  matches.get(index).element().click();
                  return true;
                }));
    handleDialog();
  }

  @Override
  public void hover(Selector target) {
    guard(
        () ->
            finder.actionable(
                target,
                timeout,
                e -> {
                  new Actions(driver).moveToElement(e).perform();
                  return true;
                }));
  }

  @Override
  public void press(Selector target, String key) {
    CharSequence[] chord = KeyNames.chord(key);
    guard(
        () -> {
          if (target == null) {
            new Actions(driver).sendKeys(chord).perform();
          } else {
            finder.actionable(
                target,
                timeout,
                e -> {
                  e.sendKeys(chord);
                  return true;
                });
          }
          return null;
        });
    handleDialog();
    checkStatus();
  }

  @Override
  public void selectIndex(Selector target, int index) {
    guard(
        () ->
            finder.actionable(
                target,
                timeout,
                e -> {
                  new Select(e).selectByIndex(index);
                  return true;
                }));
  }

  @Override
  public void fill(Selector target, String text, boolean force) {
    String value = text == null ? "" : text;
    if (force) {
      guard(
          () ->
              finder.until(
                  target,
                  Messages.get("state.attached"),
                  timeout,
                  matches -> {
                    // hidden fields too: force is how a flow sets what a picker would have set
                    if (matches.size() != 1) {
                      return null;
                    }
                    return driver.executeScript(
                        "return (" + Scripts.FORCE_FILL + ")(arguments[0], arguments[1]);",
                        matches.get(0).element(),
                        value);
                  }));
      return;
    }
    guard(
        () ->
            finder.actionable(
                target,
                timeout,
                e -> {
                  if (VALUE_TYPES.contains(
                      String.valueOf(e.getDomAttribute("type")).toLowerCase())) {
                    driver.executeScript(
                        "arguments[0].value = arguments[1];"
                            + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                            + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        e,
                        value);
                  } else {
                    e.clear();
                    e.sendKeys(value);
                  }
                  return true;
                }));
  }

  @Override
  public void select(Selector target, String option) {
    // like Playwright, wait until the option exists (lists filled by AJAX after another choice)
    guard(
        () ->
            finder.actionable(
                target,
                timeout,
                e -> {
                  Select select = new Select(e);
                  List<WebElement> options = select.getOptions();
                  if (options.stream().anyMatch(o -> option.equals(o.getDomAttribute("value")))) {
                    select.selectByValue(option);
                  } else if (options.stream().anyMatch(o -> option.equals(o.getText().strip()))) {
                    select.selectByVisibleText(option);
                  } else {
                    return null;
                  }
                  return true;
                }));
  }

  @Override
  public void check(Selector target, boolean checked) {
    guard(
        () ->
            finder.actionable(
                target,
                timeout,
                e -> {
                  if (e.isSelected() != checked) {
                    e.click();
                  }
                  return e.isSelected() == checked ? Boolean.TRUE : null;
                }));
  }

  @Override
  public String read(Selector target) {
    return guard(
        () ->
            finder.attached(
                target,
                timeout,
                e ->
                    String.valueOf(
                        driver.executeScript("return (" + Scripts.READ + ")(arguments[0]);", e))));
  }

  @Override
  public String attribute(Selector target, String name) {
    return guard(
            () ->
                finder.attached(target, timeout, e -> Optional.ofNullable(e.getDomAttribute(name))))
        .orElse(null);
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<String> readAll(Selector target) {
    return guard(
        () -> {
          List<WebElement> els = finder.find(target).stream().map(Finder.Match::element).toList();
          List<Object> texts =
              (List<Object>)
                  driver.executeScript("return arguments[0].map(" + Scripts.READ + ");", els);
          return texts.stream().map(String::valueOf).toList();
        });
  }

  @Override
  public Object evaluateOn(Selector target, String function, Object arg) {
    return guard(
            () ->
                finder.attached(
                    target,
                    timeout,
                    e ->
                        Optional.ofNullable(
                            driver.executeScript(
                                "return (" + function + ")(arguments[0], arguments[1]);", e, arg))))
        .orElse(null);
  }

  @Override
  public Object evaluateAll(Selector target, String function, Object arg) {
    return guard(
        () -> {
          List<WebElement> els = finder.find(target).stream().map(Finder.Match::element).toList();
          return driver.executeScript(
              "return (" + function + ")(arguments[0], arguments[1]);", els, arg);
        });
  }

  @Override
  public int count(Selector target) {
    return guard(() -> finder.find(target).size());
  }

  @Override
  public boolean isVisible(Selector target) {
    return guard(() -> finder.find(target).stream().anyMatch(Finder.Match::visible));
  }

  @Override
  public void waitFor(Selector target, WaitState state, Duration timeout) {
    guard(
        () ->
            finder.until(
                target,
                state.describe(),
                timeout,
                matches ->
                    switch (state) {
                      case ATTACHED -> matches.isEmpty() ? null : true;
                      case VISIBLE ->
                          matches.stream().anyMatch(Finder.Match::visible) ? true : null;
                      case HIDDEN ->
                          matches.stream().noneMatch(Finder.Match::visible) ? true : null;
                    },
                true));
  }

  @Override
  public void upload(Selector input, List<Path> files) {
    guard(
        () ->
            finder.attached(
                input,
                timeout,
                e -> {
                  e.sendKeys(
                      String.join(
                          "\n", files.stream().map(f -> f.toAbsolutePath().toString()).toList()));
                  return true;
                }));
  }

  @Override
  public Path download(Selector trigger, Path dir) {
    return guard(() -> windows.download(trigger, dir, () -> click(trigger)));
  }

  @Override
  public void clickForPopup(Selector trigger) {
    guard(
        () -> {
          windows.clickForPopup(trigger, () -> click(trigger));
          return null;
        });
  }

  @Override
  public String windowId() {
    return guard(driver::getWindowHandle);
  }

  @Override
  public void closeWindow(String windowId) {
    guard(
        () -> {
          String current = driver.getWindowHandle();
          if (!windowId.equals(current) && driver.getWindowHandles().contains(windowId)) {
            driver.switchTo().window(windowId).close();
            driver.switchTo().window(current);
            windows.forget(windowId);
          }
          return null;
        });
  }

  @Override
  public void switchToNewWindow() {
    guard(
        () -> {
          known.addAll(driver.getWindowHandles());
          known.retainAll(driver.getWindowHandles());
          String current = driver.getWindowHandle();
          String newest = known.stream().reduce((a, b) -> b).orElse(current);
          if (newest.equals(current)) {
            newest = windows.waitForNewWindow(known);
            known.add(newest);
          }
          windows.switchAndRemember(newest);
          return null;
        });
  }

  @Override
  public void switchToMainWindow() {
    guard(
        () -> {
          known.retainAll(driver.getWindowHandles());
          windows.switchAndRemember(known.iterator().next());
          return null;
        });
  }

  @Override
  public void switchWindow(String titleOrUrl) {
    guard(
        () -> {
          windows.switchTo(titleOrUrl);
          return null;
        });
  }

  @Override
  public void closeWindow() {
    guard(
        () -> {
          windows.closeCurrent();
          return null;
        });
  }

  @Override
  public void enterFrame(Selector frame) {
    guard(
        () -> {
          windows.enterFrame(frame);
          return null;
        });
  }

  @Override
  public void leaveFrames() {
    guard(
        () -> {
          windows.leaveFrames();
          return null;
        });
  }

  @Override
  public void answerDialogs(DialogAnswer dialogAnswer) {
    this.answer = dialogAnswer;
  }

  @Override
  public Optional<String> lastDialog() {
    return Optional.ofNullable(lastDialog);
  }

  /** Answers an open dialog, if there is one, per the current policy. */
  void handleDialog() {
    try {
      Alert alert = driver.switchTo().alert();
      lastDialog = alert.getText();
      if (answer.accept()) {
        if (answer.promptText() != null) {
          alert.sendKeys(answer.promptText());
        }
        alert.accept();
      } else {
        alert.dismiss();
      }
    } catch (NoAlertPresentException none) {
      // nothing to answer
    }
  }

  @Override
  public String evaluate(String expression) {
    return guard(
        () -> {
          Object value = driver.executeScript("return (" + expression + ");");
          return value == null ? null : String.valueOf(value);
        });
  }

  @Override
  public Object script(String function, Selector element, List<Object> args) {
    String call = "return (" + function + ").apply(null, arguments);";
    if (element == null) {
      return guard(() -> driver.executeScript(call, args.toArray()));
    }
    return guard(
            () ->
                finder.attached(
                    element,
                    timeout,
                    e -> {
                      List<Object> all = new java.util.ArrayList<>();
                      all.add(e);
                      all.addAll(args);
                      return Optional.ofNullable(driver.executeScript(call, all.toArray()));
                    }))
        .orElse(null);
  }

  @Override
  public byte[] screenshot(boolean fullPage) {
    return guard(
        () -> fullPage ? Windows.fullPage(driver) : driver.getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public byte[] screenshot(Selector element) {
    return guard(
        () -> finder.actionable(element, timeout, e -> e.getScreenshotAs(OutputType.BYTES)));
  }

  @Override
  public String html() {
    return guard(driver::getPageSource);
  }

  @Override
  public PageState state() {
    try {
      String text = String.valueOf(driver.executeScript("return (" + Scripts.BODY_TEXT + ")();"));
      return PageState.of(driver.getCurrentUrl(), driver.getTitle(), text);
    } catch (RuntimeException e) {
      return PageState.UNKNOWN;
    }
  }

  /** Hosts of closed shadow roots on the page, which page scripts cannot see (DevTools can). */
  private List<String> closedRoots() {
    return ClosedRoots.in(
        driver.executeCdpCommand("DOM.getDocument", Map.of("depth", -1, "pierce", true)));
  }

  @Override
  public boolean isAlive() {
    try {
      driver.getWindowHandle();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    onClose.accept(this);
    try {
      driver.quit();
    } catch (RuntimeException ignored) {
      // chromedriver or Chromium already gone
    }
    Windows.deleteQuietly(profile);
  }

  private <T> T guard(Supplier<T> action) {
    try {
      return action.get();
    } catch (WebDriverException e) {
      if (Finder.isGone(e)) {
        throw Finder.crashed(e);
      }
      throw new SystemException(firstLine(e), null);
    }
  }

  private static String firstLine(WebDriverException e) {
    String m = e.getRawMessage() != null ? e.getRawMessage() : String.valueOf(e.getMessage());
    return m.lines().findFirst().orElse("");
  }
}
