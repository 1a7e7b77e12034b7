package io.workforce.runtime.selenium;

import io.workforce.runtime.Messages;
import io.workforce.runtime.Selector;
import io.workforce.runtime.SystemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;

/** Windows, frames and downloads of one Selenium session. */
final class Windows {

  private final ChromeDriver driver;
  private final Finder finder;
  private final java.util.function.Supplier<java.time.Duration> timeout;
  private final Path downloads;
  private final Deque<String> openers = new ArrayDeque<>();
  private final List<Selector> frames = new ArrayList<>();

  Windows(
      ChromeDriver driver,
      Finder finder,
      java.util.function.Supplier<java.time.Duration> timeout,
      Path downloads) {
    this.driver = driver;
    this.finder = finder;
    this.timeout = timeout;
    this.downloads = downloads;
  }

  void enterFrame(Selector frame) {
    finder.attached(
        frame,
        timeout.get(),
        e -> {
          driver.switchTo().frame(e);
          return true;
        });
    frames.add(frame);
  }

  void leaveFrames() {
    if (!frames.isEmpty()) {
      driver.switchTo().defaultContent();
      frames.clear();
    }
  }

  void clickForPopup(Selector trigger, Runnable click) {
    Set<String> before = driver.getWindowHandles();
    String opener = driver.getWindowHandle();
    click.run();
    String popup =
        waitFor(
            () -> {
              Set<String> now = new HashSet<>(driver.getWindowHandles());
              now.removeAll(before);
              return now.isEmpty() ? null : now.iterator().next();
            });
    if (popup == null) {
      throw new SystemException(
          Messages.get("error.popup", trigger.source(), timeout.get().toSeconds()));
    }
    frames.clear();
    driver.switchTo().window(popup);
    openers.push(opener);
    waitFor(
        () -> "complete".equals(driver.executeScript("return document.readyState")) ? true : null);
  }

  void forget(String handle) {
    openers.remove(handle);
  }

  void switchAndRemember(String handle) {
    String current = driver.getWindowHandle();
    if (!handle.equals(current)) {
      openers.push(current);
      driver.switchTo().window(handle);
    }
    frames.clear();
    waitFor(
        () -> "complete".equals(driver.executeScript("return document.readyState")) ? true : null);
  }

  String waitForNewWindow(java.util.Collection<String> known) {
    String fresh =
        waitFor(
            () ->
                driver.getWindowHandles().stream()
                    .filter(h -> !known.contains(h))
                    .findFirst()
                    .orElse(null));
    if (fresh == null) {
      throw new SystemException(Messages.get("error.popup", "tab: new", timeout.get().toSeconds()));
    }
    return fresh;
  }

  @SuppressWarnings("unchecked")
  static byte[] fullPage(ChromeDriver driver) {
    java.util.Map<String, Object> metrics =
        driver.executeCdpCommand("Page.getLayoutMetrics", java.util.Map.of());
    java.util.Map<String, Object> size =
        (java.util.Map<String, Object>) metrics.get("cssContentSize");
    java.util.Map<String, Object> clip =
        java.util.Map.of(
            "x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1);
    java.util.Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            java.util.Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    return java.util.Base64.getDecoder().decode((String) shot.get("data"));
  }

  void switchTo(String titleOrUrl) {
    String current = driver.getWindowHandle();
    List<String> seen = new ArrayList<>();
    for (String handle : driver.getWindowHandles()) {
      driver.switchTo().window(handle);
      String title = driver.getTitle();
      String url = driver.getCurrentUrl();
      seen.add(title + " " + url);
      if (title.contains(titleOrUrl) || url.contains(titleOrUrl)) {
        if (!handle.equals(current)) {
          openers.push(current);
        }
        frames.clear();
        return;
      }
    }
    driver.switchTo().window(current);
    throw new SystemException(Messages.get("error.window", titleOrUrl, String.join(", ", seen)));
  }

  void closeCurrent() {
    String closing = driver.getWindowHandle();
    openers.remove(closing);
    if (openers.isEmpty()) {
      // closing the last window would end the whole chromedriver session
      driver.switchTo().newWindow(WindowType.TAB);
      String fresh = driver.getWindowHandle();
      driver.switchTo().window(closing).close();
      driver.switchTo().window(fresh);
    } else {
      driver.close();
      driver.switchTo().window(openers.pop());
    }
    frames.clear();
  }

  Path download(Selector trigger, Path dir, Runnable click) {
    Set<Path> before = listing();
    click.run();
    Path done =
        waitFor(
            () -> {
              Set<Path> now = listing();
              now.removeAll(before);
              return now.stream()
                  .filter(Windows::isFinished)
                  .filter(p -> !hasPartial(p))
                  .findFirst()
                  .orElse(null);
            });
    if (done == null) {
      throw new SystemException(
          Messages.get("error.download", trigger.source(), timeout.get().toSeconds()));
    }
    try {
      Files.createDirectories(dir);
      return Files.move(done, dir.resolve(done.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Chromium writes a download first to a hidden ".org.chromium.Chromium.*" file, then to
   * "*.crdownload".
   */
  private static boolean isFinished(Path p) {
    String name = p.getFileName().toString();
    return !name.startsWith(".") && !name.endsWith(".crdownload") && !name.endsWith(".tmp");
  }

  private boolean hasPartial(Path p) {
    return Files.exists(p.resolveSibling(p.getFileName() + ".crdownload"));
  }

  private Set<Path> listing() {
    try (Stream<Path> files = Files.list(downloads)) {
      return new HashSet<>(files.toList());
    } catch (IOException e) {
      return new HashSet<>();
    }
  }

  private <T> T waitFor(java.util.function.Supplier<T> check) {
    long deadline = System.nanoTime() + timeout.get().toNanos();
    long pause = 10;
    while (true) {
      T value = check.get();
      if (value != null || System.nanoTime() > deadline) {
        return value;
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
      pause = Math.min(pause * 2, 200);
    }
  }

  static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // a leftover temp directory is harmless
    }
  }
}
