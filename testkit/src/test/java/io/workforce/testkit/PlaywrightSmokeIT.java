package io.workforce.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class PlaywrightSmokeIT {

  private static final String FORM =
      """
      <html><body>
      <input id="name"><button id="go" onclick="document.getElementById('out').textContent='你好, '+document.getElementById('name').value">确定</button>
      <p id="out"></p>
      </body></html>""";

  @Test
  void typesIntoALocalPageAndReadsTheAnswerBack() {
    try (FixtureServer server = FixtureServer.start().page("/form", FORM, Charset.forName("GBK"));
        Playwright playwright = SystemChromium.playwright();
        Browser browser = SystemChromium.launch(playwright)) {
      Page page = browser.newPage();
      page.navigate(server.url("/form"));
      page.fill("#name", "张三 Zhang");
      page.click("text=确定");
      assertThat(page.textContent("#out")).isEqualTo("你好, 张三 Zhang");
      assertThat(browser.version()).matches("\\d+\\..*");
    }
  }
}
