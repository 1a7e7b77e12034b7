package io.workforce.samples;

import com.microsoft.playwright.Page;
import java.nio.file.Path;

/**
 * Saves browser screenshots into {@code target/screenshots/}, or — with {@code
 * -Dsamples.screenshots=docs} — into {@code samples/docs/}, where samples/README.md shows them (so
 * a normal test run changes no tracked file).
 */
final class Screenshots {

  static final Path DIR = Path.of(System.getProperty("samples.screenshots", "target/screenshots"));

  private Screenshots() {}

  static void save(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(DIR.resolve(name)));
  }
}
