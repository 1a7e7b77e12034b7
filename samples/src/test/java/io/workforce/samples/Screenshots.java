package io.workforce.samples;

import com.microsoft.playwright.Page;
import java.nio.file.Path;

/** Saves browser screenshots into {@code samples/docs/}, where samples/README.md shows them. */
final class Screenshots {

  static final Path DIR = Path.of("docs");

  private Screenshots() {}

  static void save(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(DIR.resolve(name)));
  }
}
