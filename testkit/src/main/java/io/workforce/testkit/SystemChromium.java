package io.workforce.testkit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's own Chromium, for tests: Playwright and Selenium both drive {@code
 * /usr/bin/chromium} and neither is ever allowed to download a browser or a driver (this machine
 * has no internet).
 */
public final class SystemChromium {

  public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

  /** Flags that keep a headless Chromium quiet on a closed network with two cores. */
  public static final List<String> FLAGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run");

  private SystemChromium() {}

  /**
   * Creates Playwright without letting it try to download its own browsers. Create one per process.
   */
  public static Playwright playwright() {
    requireInstalled(CHROMIUM, "chromium");
    return Playwright.create(
        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  /** Launches the system Chromium, headless, through Playwright. */
  public static Browser launch(Playwright playwright) {
    return playwright
        .chromium()
        .launch(
            new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(FLAGS));
  }

  /**
   * Starts a headless Selenium ChromeDriver from {@code /usr/bin/chromedriver}; Selenium Manager
   * never runs.
   */
  public static ChromeDriver selenium() {
    requireInstalled(CHROMIUM, "chromium");
    requireInstalled(CHROMEDRIVER, "chromium-driver");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(FLAGS);
    options.addArguments("--headless=new", "--window-size=1280,900");
    return new ChromeDriver(service, options);
  }

  private static void requireInstalled(Path executable, String debianPackage) {
    if (!Files.isExecutable(executable)) {
      throw new IllegalStateException(
          executable
              + " is missing; install it with: "
              + "apt-get install -y "
              + debianPackage
              + "   (or run ./rpa doctor)");
    }
  }
}
