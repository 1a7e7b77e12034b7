package io.workforce.runtime.selenium;

import io.workforce.runtime.BrowserCrashedException;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.BrowserSession;
import io.workforce.runtime.ChromiumProcesses;
import io.workforce.runtime.DriverOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The alternative driver: Selenium WebDriver with the system chromedriver (Selenium Manager never
 * runs). Classic WebDriver has no browser contexts, so each session is its own Chromium with its
 * own profile: cookies stay apart exactly as with Playwright's contexts, at the cost of more
 * memory.
 */
public final class SeleniumDriver implements BrowserDriver {

  /** Kept so that the level set below is not lost when the logger is collected. */
  private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  static {
    // "no exact CDP match" and similar warnings are harmless here and would drown the progress
    // output
    SELENIUM_LOG.setLevel(Level.SEVERE);
  }

  /** Marks our Chromium profiles so that {@link #browserPids()} finds exactly our browsers. */
  static final String PROFILE_PREFIX = "wf-selenium-";

  private final DriverOptions options;
  private final List<SeleniumSession> sessions = new CopyOnWriteArrayList<>();

  public SeleniumDriver(DriverOptions options) {
    this.options = options;
  }

  @Override
  public Kind kind() {
    return Kind.SELENIUM;
  }

  @Override
  public BrowserSession newSession() {
    if (!Files.isExecutable(DriverOptions.CHROMEDRIVER)
        || !Files.isExecutable(DriverOptions.CHROMIUM)) {
      throw new BrowserCrashedException(
          DriverOptions.CHROMIUM
              + " or "
              + DriverOptions.CHROMEDRIVER
              + " is missing (hint: apt-get install -y chromium chromium-driver, or run ./rpa doctor)",
          null);
    }
    try {
      Path profile = Files.createTempDirectory(PROFILE_PREFIX);
      Path downloads = Files.createDirectories(profile.resolve("downloads"));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(DriverOptions.CHROMEDRIVER.toString()))
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, chromeOptions(profile, downloads));
      driver.manage().timeouts().pageLoadTimeout(options.navigationTimeout());
      driver.manage().timeouts().scriptTimeout(options.timeout());
      SeleniumSession session =
          new SeleniumSession(driver, options, profile, downloads, sessions::remove);
      sessions.add(session);
      return session;
    } catch (IOException | WebDriverException e) {
      throw new BrowserCrashedException(
          "cannot start Chromium through chromedriver: "
              + String.valueOf(e.getMessage()).lines().findFirst().orElse(""),
          e);
    }
  }

  private ChromeOptions chromeOptions(Path profile, Path downloads) {
    ChromeOptions chrome = new ChromeOptions();
    chrome.setBinary(DriverOptions.CHROMIUM.toString());
    chrome.addArguments(DriverOptions.CHROMIUM_FLAGS);
    chrome.addArguments(
        "--user-data-dir=" + profile,
        "--window-size=" + DriverOptions.WIDTH + "," + DriverOptions.HEIGHT,
        "--lang=zh-CN");
    if (options.headless()) {
      chrome.addArguments("--headless=new");
    }
    chrome.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    chrome.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory", downloads.toString(),
            "download.prompt_for_download", false,
            "safebrowsing.enabled", false));
    return chrome;
  }

  @Override
  public List<Long> browserPids() {
    return ChromiumProcesses.browsers(
        "--user-data-dir="
            + System.getProperty("java.io.tmpdir").replaceAll("/$", "")
            + "/"
            + PROFILE_PREFIX);
  }

  @Override
  public void close() {
    for (SeleniumSession session : List.copyOf(sessions)) {
      session.close();
    }
  }
}
