package io.workforce.e2e.controlcenter;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Screenshots of every test go to {@code target/screenshots/}; the ones the docs show are also
 * copied to {@code docs/images/} when the build runs with {@code -Dworkforce.docs.images=true}.
 */
final class Screens {

  private static final Path OUT = Path.of("target", "screenshots");
  private static final Path DOCS = Path.of("..", "docs", "images");

  private Screens() {}

  static Path save(Page page, String name) {
    return save(page, name, false);
  }

  static Path save(Page page, String name, boolean forDocs) {
    try {
      Files.createDirectories(OUT);
      Path file = OUT.resolve(name + ".png");
      // the whole page in one viewport as tall as the page: a full-page capture would paint the
      // sticky top bar
      // and the fixed sidebar once, in the middle of the picture
      var size = page.viewportSize();
      int height =
          ((Number) page.evaluate("() => Math.ceil(document.documentElement.scrollHeight)"))
              .intValue();
      page.setViewportSize(size.width, Math.max(size.height, Math.min(height, 6000)));
      page.waitForTimeout(300); // charts follow their box's new size
      page.screenshot(new Page.ScreenshotOptions().setPath(file));
      page.setViewportSize(size.width, size.height);
      if (forDocs && Boolean.getBoolean("workforce.docs.images")) {
        Files.createDirectories(DOCS);
        Files.copy(file, DOCS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
