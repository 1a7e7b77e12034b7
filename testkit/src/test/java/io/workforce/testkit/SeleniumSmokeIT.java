package io.workforce.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

class SeleniumSmokeIT {

  @Test
  void typesIntoALocalPageAndReadsTheAnswerBack() {
    try (FixtureServer server =
        FixtureServer.start()
            .page(
                "/form",
                """
        <html><body><input id="name">
        <button id="go" onclick="document.getElementById('out').textContent='收到: '+document.getElementById('name').value">提交</button>
        <p id="out"></p></body></html>""")) {
      ChromeDriver driver = SystemChromium.selenium();
      try {
        driver.get(server.url("/form"));
        driver.findElement(By.id("name")).sendKeys("李四 Li");
        driver.findElement(By.id("go")).click();
        assertThat(driver.findElement(By.id("out")).getText()).isEqualTo("收到: 李四 Li");
      } finally {
        driver.quit();
      }
    }
  }
}
