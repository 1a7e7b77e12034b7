package io.workforce.e2e.controlcenter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import io.workforce.testkit.HaproxyConfig;
import io.workforce.testkit.LocalHaproxy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The control center reached through a real HAProxy, as in a cluster. When the balancer has no
 * orchestrator to send a call to (it answers 503 with its own HTML page) or cannot be reached at
 * all (the browser's "Failed to fetch"), people read in their own language that the server cannot
 * be reached and what to do: never a status number, the balancer's page or the browser's English
 * error, never both languages at once. A problem the orchestrator itself explains is shown in the
 * user's language only.
 */
class ServerUnreachableIT extends BrowserTest {

  private LocalHaproxy balancer;

  @AfterEach
  void stopBalancer() {
    if (balancer != null) {
      balancer.close();
    }
  }

  @Test
  void aBalancerWithoutServerAndAGoneBalancerAreExplainedInChinese() {
    HaproxyConfig config = balancerInFrontOfTheOrchestrator();
    openTheLogInPage("/");
    page.locator("[data-form=login] input[name=username]").fill(Orchestrator.ADMIN);
    page.locator("[data-form=login] input[name=password]").fill(Orchestrator.ADMIN_PASSWORD);
    page.locator("[data-action=login]").click();
    page.locator("[data-user]").waitFor();
    page.navigate(balancer.uri() + "/#/robots");
    assertThat(page.locator("[data-table=robots], .empty").first()).isVisible();
    page.navigate(balancer.uri() + "/#/audit");
    assertThat(page.locator("h1")).hasText("审计日志");

    noOrchestratorBehind(config);
    page.evaluate("location.hash = '#/robots'");
    Locator alert = page.locator("[role=alert]");
    assertThat(alert).containsText("暂时无法连接到服务器");
    assertThat(alert).containsText("请稍后重试");
    assertOnlyChineseWithoutStatus(alert.innerText());
    Screens.save(page, "control-center-server-unreachable");

    balancer.close();
    page.evaluate("location.hash = '#/audit'");
    assertThat(alert).containsText("无法连接到服务器：请检查网络连接");
    assertOnlyChineseWithoutStatus(alert.innerText());
  }

  @Test
  void theLogInPageSaysInEnglishThatTheServerCannotBeReached() {
    HaproxyConfig config = balancerInFrontOfTheOrchestrator();
    openTheLogInPage("/?lang=en");
    assertThat(page.locator("[data-action=login]")).hasText("Sign in");

    noOrchestratorBehind(config);
    page.locator("[data-form=login] input[name=username]").fill(Orchestrator.ADMIN);
    page.locator("[data-form=login] input[name=password]").fill(Orchestrator.ADMIN_PASSWORD);
    page.locator("[data-action=login]").click();
    Locator alert = page.locator("[role=alert]");
    assertThat(alert).containsText("cannot reach the server");
    assertOnlyEnglishWithoutStatus(alert.innerText());

    balancer.close();
    page.locator("[data-action=login]").click();
    assertThat(alert).containsText("cannot reach the server: check your network connection");
    assertOnlyEnglishWithoutStatus(alert.innerText());
  }

  @Test
  void theOrchestratorsOwnProblemIsShownInEnglishOnly() {
    page.navigate(orchestrator.url("/?lang=en"));
    login(Orchestrator.ADMIN, Orchestrator.ADMIN_PASSWORD);
    open("#/runs/987654");
    Locator alert = page.locator("[role=alert]");
    assertThat(alert).isVisible();
    assertOnlyEnglishWithoutStatus(alert.innerText());
  }

  /** The first page through a new balancer; slow on a busy machine, so it gets a minute. */
  private void openTheLogInPage(String path) {
    page.navigate(balancer.uri() + path);
    page.locator("[data-action=login]").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
  }

  private HaproxyConfig balancerInFrontOfTheOrchestrator() {
    HaproxyConfig config =
        new HaproxyConfig(
            freePort(), freePort(), List.of("127.0.0.1:" + orchestrator.baseUri().getPort()));
    balancer = LocalHaproxy.start(config, tempDir());
    return config;
  }

  /** The same address now leads to a balancer whose only node does not answer. */
  private void noOrchestratorBehind(HaproxyConfig config) {
    balancer.close();
    balancer =
        LocalHaproxy.start(
            new HaproxyConfig(
                config.port(), config.statsPort(), List.of("127.0.0.1:" + freePort())),
            tempDir());
  }

  private static void assertOnlyChineseWithoutStatus(String text) {
    assertThat(text)
        .doesNotContainPattern("[A-Za-z]{3,}")
        .doesNotContainPattern("50[234]")
        .doesNotContain("Failed to fetch");
  }

  private static void assertOnlyEnglishWithoutStatus(String text) {
    assertThat(text)
        .doesNotContainPattern("[\\u3400-\\u9fff]")
        .doesNotContainPattern("\\b(50[234]|404|HTTP)\\b")
        .doesNotContain("Failed to fetch")
        .doesNotContain("Service Unavailable");
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("workforce-cc-haproxy-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
