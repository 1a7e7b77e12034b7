package io.workforce.e2e.controlcenter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The big screen (大屏) on a 1920×1080 wall display: everything on one screen, nothing to scroll,
 * every number and every chart whole and of a readable size, in Chinese and in English.
 */
class BigScreenFitIT extends BrowserTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"zh", "en"})
  void fitsA1920By1080ScreenWithoutScrolling(String lang) {
    try (BrowserContext wall =
        browser()
            .newContext(
                new Browser.NewContextOptions()
                    .setViewportSize(1920, 1080)
                    .setLocale("zh".equals(lang) ? "zh-CN" : "en-US")
                    .setTimezoneId("Asia/Shanghai"))) {
      wall.setDefaultTimeout(15_000);
      Page big = wall.newPage();
      big.onPageError(e -> pageErrors.append(e).append('\n'));
      big.navigate(orchestrator.url("/?lang=" + lang));
      big.locator("[data-form=login] input[name=username]").fill(Orchestrator.ADMIN);
      big.locator("[data-form=login] input[name=password]").fill(Orchestrator.ADMIN_PASSWORD);
      big.locator("[data-action=login]").click();
      big.locator("[data-user]").waitFor();
      big.navigate(orchestrator.url("/?lang=" + lang + "#/big"));
      assertThat(big.locator(".big-kpi")).hasCount(6);
      assertThat(big.locator(".big-panel canvas")).hasCount(6);
      assertThat(big.locator("[data-loading]")).hasCount(0);
      Screens.save(big, "control-center-big-screen-1920-" + lang);

      @SuppressWarnings("unchecked")
      Map<String, Object> fit =
          (Map<String, Object>)
              big.evaluate(
                  "() => ({ scroll: document.documentElement.scrollHeight,"
                      + " scrollWidth: document.documentElement.scrollWidth,"
                      + " height: innerHeight, width: innerWidth,"
                      + " cards: [...document.querySelectorAll('.big-kpi, .big-panel')].map(e => {"
                      + "   const r = e.getBoundingClientRect();"
                      + "   return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; }),"
                      + " charts: [...document.querySelectorAll('.big-panel [data-chart]')]"
                      + "   .map(e => e.getBoundingClientRect().height) })");
      int height = ((Number) fit.get("height")).intValue();
      int width = ((Number) fit.get("width")).intValue();
      assertThat(((Number) fit.get("scroll")).intValue())
          .as("page height")
          .isLessThanOrEqualTo(height);
      assertThat(((Number) fit.get("scrollWidth")).intValue())
          .as("page width")
          .isLessThanOrEqualTo(width);
      @SuppressWarnings("unchecked")
      List<Map<String, Number>> cards = (List<Map<String, Number>>) fit.get("cards");
      assertThat(cards).hasSize(12);
      for (Map<String, Number> c : cards) {
        assertThat(c.get("top").doubleValue()).as("card %s", c).isGreaterThanOrEqualTo(0);
        assertThat(c.get("bottom").doubleValue()).as("card %s", c).isLessThanOrEqualTo(height);
        assertThat(c.get("left").doubleValue()).as("card %s", c).isGreaterThanOrEqualTo(0);
        assertThat(c.get("right").doubleValue()).as("card %s", c).isLessThanOrEqualTo(width);
      }
      @SuppressWarnings("unchecked")
      List<Number> charts = (List<Number>) fit.get("charts");
      assertThat(charts).hasSize(6).allSatisfy(h -> assertThat(h.doubleValue()).isGreaterThan(200));
    }
  }
}
