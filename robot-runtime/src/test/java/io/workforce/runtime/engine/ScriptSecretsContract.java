package io.workforce.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import io.workforce.flows.FlowResolver;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.DriverOptions;
import io.workforce.runtime.Messages;
import io.workforce.runtime.input.Inputs;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.runtime.journal.JournalWriter;
import io.workforce.runtime.vault.Credential;
import io.workforce.testkit.FixtureServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code script} step cannot read back the password a login typed: it does not run while a field
 * of the page (a frame's too) holds a secret, on each driver. Without that rule a script returns
 * the password in a form no mask recognises (here its letters joined by dots) and it lands in the
 * journal.
 */
abstract class ScriptSecretsContract {

  static final String CANARY = "Script-Canary-7c1e-Pw";

  static final String PAGES_LOGIN =
      """
      <html><body><input id="user"><input id="pwd" type="password">
      <button id="go" onclick="location = '/home'">登录</button></body></html>""";

  @TempDir Path dir;

  abstract BrowserDriver.Kind kind();

  @Test
  void aScriptInTheLoginRecipeCannotReadThePasswordBack() throws Exception {
    ItemResult result =
        run(
            """
            login:
              - open: { system: fixture, path: /login }
              - fill: { "#user": "${credential.username}", "#pwd": "${credential.password}" }
              - script: { code: "(el) => el.value.split('').join('.')", selector: "#pwd", into: s }
              - log: "${s}"
              - click: "#go"
              - wait_for: "#welcome"
            """,
            """
              - open: { system: fixture, path: /home }
            """);
    assertThat(result.status().failed()).as(result.status().name()).isTrue();
    assertThat(result.reason()).contains(Messages.get("run.scriptSecret"));
  }

  /** The login leaves the password in a frame; the same document (a fragment away) is kept. */
  @Test
  void aLaterScriptCannotReadAPasswordLeftInAFrame() throws Exception {
    ItemResult result =
        run(
            """
            login:
              - open: { system: fixture, path: /framed }
              - frame:
                  selector: "#box"
                  steps:
                    - fill: { "#user": "${credential.username}", "#pwd": "${credential.password}" }
            """,
            """
              - open: { system: fixture, path: "/framed#after" }
              - script:
                  code: "() => window.frames[0].document.getElementById('pwd').value.split('').reverse().join('-')"
                  into: s
              - log: "${s}"
            """);
    assertThat(result.status().failed()).as(result.status().name()).isTrue();
    assertThat(result.reason()).contains(Messages.get("run.scriptSecret"));
  }

  @Test
  void scriptsRunAsBeforeOnceThePasswordHasLeftThePage() throws Exception {
    ItemResult result =
        run(
            """
            login:
              - open: { system: fixture, path: /login }
              - fill: { "#user": "${credential.username}", "#pwd": "${credential.password}" }
              - click: "#go"
              - wait_for: "#welcome"
            """,
            """
              - open: { system: fixture, path: /home }
              - script: { code: "() => document.getElementById('welcome').textContent", into: s }
              - output: { said: "${s}" }
            """);
    assertThat(result.status()).as(result.reason()).isEqualTo(ItemStatus.SUCCEEDED);
    assertThat(result.outputs()).containsEntry("said", "欢迎");
  }

  /** Runs a flow of this login and these steps for one item; no copy of the canary anywhere. */
  private ItemResult run(String login, String steps) throws Exception {
    String source =
        """
        flow: script-secrets
        version: 1
        systems:
          fixture:
            url: ${env.FIXTURE_URL}
            credential: cred
        %s
        input:
          form:
            - { name: note }
        output:
          said: said
        steps:
        %s"""
            .formatted(login.indent(4), steps);
    Path file = dir.resolve("script-secrets.yaml");
    Files.writeString(file, source);
    Flow flow = FlowParser.create().parse(file);
    Credential cred = new Credential("cred", "robot", CANARY, Map.of());
    try (FixtureServer server =
            FixtureServer.start()
                .page("/login", PAGES_LOGIN)
                .page(
                    "/framed", "<html><body><iframe id='box' src='/login'></iframe></body></html>")
                .page("/home", "<html><body><p id='welcome'>欢迎</p></body></html>");
        BrowserDriver driver =
            BrowserDriver.start(
                kind(), DriverOptions.defaults().withTimeout(Duration.ofSeconds(5)))) {
      RunOptions options =
          RunOptions.defaults()
              .withRunsDir(dir.resolve("runs"))
              .withWorkDir(dir)
              .withRetries(1, Duration.ofMillis(10))
              .withStepTimeout(Duration.ofSeconds(5))
              .withEnv(Map.of("FIXTURE_URL", server.url("")));
      RunSummary run =
          new FlowRunner(
                  flow,
                  options,
                  name -> name.equals("cred") ? Optional.of(cred) : Optional.empty(),
                  driver,
                  FlowResolver.directory(dir))
              .run(Inputs.fromFields(Map.of("note", "x"), flow.input()), null);
      assertThat(run.runDir().resolve(JournalWriter.FILE)).exists();
      String core = CANARY.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          String squeezed =
              new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1)
                  .replaceAll("[^A-Za-z0-9]", "")
                  .toLowerCase(Locale.ROOT);
          assertThat(squeezed).as(f.toString()).doesNotContain(core);
          assertThat(squeezed)
              .as(f + ", reversed")
              .doesNotContain(new StringBuilder(core).reverse().toString());
        }
      }
      return run.results().get(1);
    }
  }
}
