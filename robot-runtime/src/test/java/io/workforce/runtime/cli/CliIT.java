package io.workforce.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.runtime.journal.HtmlReport;
import io.workforce.runtime.journal.JournalWriter;
import io.workforce.testkit.FixtureServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./rpa run|vault} as a user runs them: separate processes, real browser, files on disk. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliIT {

  static final String CANARY = "Canary-9f3c-Secret!";

  static final String LOGIN_FLOW =
      """
      flow: canary
      version: 1
      systems:
        fixture:
          url: ${env.FIXTURE_URL}
          credential: canary-cred
          login:
            - open: { system: fixture, path: /login }
            - fill: { "#user": "${credential.username}", "#pwd": "${credential.password}" }
            - click: "#go"
            - wait_for: "#welcome"
      input:
        form:
          - { name: note }
      steps:
        - open: { system: fixture, path: /home }
        - log: "note ${item.note}"
      """;

  /**
   * Reads the password back from the page (the field, and a message that echoes it), which no
   * validator can forbid, then writes it out in pieces and changed forms everywhere it can.
   */
  static final String READ_BACK_FLOW =
      """
      flow: read-back
      version: 1
      systems:
        fixture:
          url: ${env.FIXTURE_URL}
          credential: canary-cred
          login:
            - open: { system: fixture, path: /login }
            - fill: { "#user": "${credential.username}", "#pwd": "${credential.password}" }
            - read: { selector: "#pwd", from: value, into: p }
            - log: "${substr(p,0,4)}.${substr(p,4,8)}.${substr(p,8,12)}.${substr(p,12)}"
            - log: "${upper(p)} ${lower(p)} ${replace(p, '-', ' ')}"
            - click: "#go"
      input:
        form:
          - { name: note }
      output:
        leak: leaked
      steps:
        - open: { system: fixture, path: /login }
        - fill: { "#user": robot, "#pwd": "${item.note}" }
        - click: "#go"
        - read: { selector: "#msg", into: m }
        - output: { leak: "${substr(m,0,20)}|${substr(m,20)}" }
        - fail: "${upper(m)}"
      """;

  static final String SLOW_FLOW =
      """
      flow: slow
      version: 1
      input: { file: csv, columns: [n] }
      steps:
        - open: "${env.FIXTURE_URL}/slow?n=${item.n}"
        - wait_for: "#done"
        - log: "row ${item.n} done"
      """;

  FixtureServer server;

  @BeforeAll
  void pages() {
    server =
        FixtureServer.start()
            .page(
                "/login",
                """
            <html><head><title>登录</title></head><body><input id="user"><input id="pwd" type="password">
            <button id="go" onclick="const p = document.getElementById('pwd'); p.setAttribute('value', p.value);
              document.getElementById('msg').textContent = '用户 ' + document.getElementById('user').value + ' 的密码 '
              + p.value + ' 错误'">登录</button><p id="msg"></p></body></html>""")
            .page(
                "/slow",
                """
            <html><body><p>慢</p><script>setTimeout(() => { const d = document.createElement('p'); d.id = 'done';
              d.textContent = '好了'; document.body.appendChild(d); }, 600);</script></body></html>""");
  }

  @AfterAll
  void stop() {
    server.close();
  }

  Map<String, String> env(Path dir) {
    Map<String, String> env = new HashMap<>();
    env.put("WORKFORCE_VAULT", dir.resolve("vault/vault.json").toString());
    env.put("FIXTURE_URL", server.url(""));
    return env;
  }

  @Test
  void aCanaryPasswordAppearsInNoOutputAtAll(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("canary.yaml"), LOGIN_FLOW);
    Cli.Result set =
        Cli.run(dir, env(dir), CANARY + "\n", "vault", "set", "canary-cred", "--user", "robot");
    assertThat(set.exit()).as(set.err()).isZero();
    Cli.Result list = Cli.run(dir, env(dir), null, "vault", "list");
    assertThat(list.out()).contains("canary-cred\trobot");
    Cli.Result run =
        Cli.run(
            dir,
            env(dir),
            null,
            "run",
            "canary.yaml",
            "--set",
            "note=hello",
            "--timeout",
            "2",
            "--retries",
            "2");
    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(RpaCli.ITEMS_FAILED);
    assertThat(run.out()).contains("#welcome").contains("******");
    Path runDir;
    try (Stream<Path> runs = Files.list(dir.resolve("runs"))) {
      runDir = runs.findFirst().orElseThrow();
    }
    String journal = Files.readString(runDir.resolve(JournalWriter.FILE));
    assertThat(journal).contains("#pwd = ******").contains("systems.fixture.login[3].wait_for");
    assertThat(runDir.resolve(HtmlReport.FILE)).exists();
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> all = files.filter(Files::isRegularFile).toList();
      assertThat(all)
          .anyMatch(p -> p.toString().endsWith(".png"))
          .anyMatch(p -> p.toString().endsWith(".html"));
      for (Path file : all) {
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
            .as(file.toString())
            .doesNotContain(CANARY);
      }
    }
    for (Cli.Result r : List.of(set, list, run)) {
      assertThat(r.out() + r.err()).doesNotContain(CANARY);
    }
  }

  @Test
  void aFlowThatReadsThePasswordBackLeaksNoCopyOfIt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("read-back.yaml"), READ_BACK_FLOW);
    Cli.run(dir, env(dir), CANARY + "\n", "vault", "set", "canary-cred", "--user", "robot");
    Cli.Result run =
        Cli.run(
            dir,
            env(dir),
            null,
            "run",
            "read-back.yaml",
            "--set",
            "note=" + CANARY.toLowerCase(java.util.Locale.ROOT),
            "--timeout",
            "5",
            "--retries",
            "1");
    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(RpaCli.ITEMS_FAILED);
    Path runDir;
    try (Stream<Path> runs = Files.list(dir.resolve("runs"))) {
      runDir = runs.findFirst().orElseThrow();
    }
    String journal = Files.readString(runDir.resolve(JournalWriter.FILE));
    assertThat(journal).contains("systems.fixture.login[3].log").contains("steps[4].output");
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertNoCopyOfTheCanary(
            file.toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
      }
    }
    assertNoCopyOfTheCanary("console", run.out() + run.err());
  }

  /** Neither the canary nor its letters and digits in order, in any case, however split up. */
  static void assertNoCopyOfTheCanary(String where, String text) {
    String core = CANARY.replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
    String squeezed = text.replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
    assertThat(squeezed).as(where).doesNotContain(core);
    assertThat(squeezed)
        .as(where + ", reversed")
        .doesNotContain(new StringBuilder(core).reverse().toString());
  }

  @Test
  void ctrlCStopsAfterTheCurrentStepAndWritesTheJournal(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("slow.yaml"), SLOW_FLOW);
    StringBuilder csv = new StringBuilder("n\n");
    for (int i = 1; i <= 30; i++) {
      csv.append(i).append('\n');
    }
    Files.writeString(dir.resolve("rows.csv"), csv);
    Process p = Cli.start(dir, env(dir), null, "run", "slow.yaml", "--input", "rows.csv");
    Path journal = awaitJournalWithItems(dir, p, 2);
    // SIGTERM, not SIGINT: a JVM started from a background job inherits "ignore SIGINT"; both go
    // through
    // the same shutdown hook, which is what Ctrl-C on a terminal triggers
    new ProcessBuilder("kill", "-TERM", String.valueOf(p.pid())).start().waitFor();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(143); // 128 + SIGTERM: the JVM ends as the signal asks
    List<String> lines = Files.readAllLines(journal);
    String last = lines.get(lines.size() - 1);
    assertThat(last).contains("\"type\":\"run_end\"").contains("\"stopped\":true");
    long ended = lines.stream().filter(l -> l.contains("\"item_end\"")).count();
    assertThat(ended).isBetween(2L, 29L);
    // no step was cut short: every step that started also ended
    assertThat(lines.stream().filter(l -> l.contains("\"step_start\"")).count())
        .isEqualTo(lines.stream().filter(l -> l.contains("\"step_end\"")).count());
    assertThat(journal.resolveSibling(HtmlReport.FILE)).exists();
  }

  private static Path awaitJournalWithItems(Path dir, Process p, int items) throws Exception {
    // waits until the journal has the items, or the process ended without writing them
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> journalWithItems(dir, items) != null || !p.isAlive());
    Path journal = journalWithItems(dir, items);
    if (journal == null) {
      throw new AssertionError("the run wrote no journal with " + items + " items");
    }
    return journal;
  }

  private static Path journalWithItems(Path dir, int items) throws java.io.IOException {
    if (!Files.isDirectory(dir.resolve("runs"))) {
      return null;
    }
    try (Stream<Path> runs = Files.list(dir.resolve("runs"))) {
      Path journal = runs.findFirst().map(r -> r.resolve(JournalWriter.FILE)).orElse(null);
      if (journal != null
          && Files.exists(journal)
          && Files.readAllLines(journal).stream().filter(l -> l.contains("\"item_end\"")).count()
              >= items) {
        return journal;
      }
    }
    return null;
  }

  @Test
  void dryRunChecksTheLoginPagesAndChangesNothing(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("canary.yaml"), LOGIN_FLOW);
    Cli.run(
        dir, env(dir), "secret-for-dry-run\n", "vault", "set", "canary-cred", "--user", "robot");
    Cli.Result ok =
        Cli.run(dir, env(dir), null, "run", "canary.yaml", "--set", "note=x", "--dry-run");
    assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
    assertThat(ok.out()).contains("fixture: " + server.url("/login") + " answers");
    assertThat(dir.resolve("runs")).doesNotExist();
    Map<String, String> down = env(dir);
    down.put("FIXTURE_URL", "http://127.0.0.1:9");
    Cli.Result bad = Cli.run(dir, down, null, "run", "canary.yaml", "--set", "note=x", "--dry-run");
    assertThat(bad.exit()).isEqualTo(RpaCli.ITEMS_FAILED);
    assertThat(bad.out()).contains("does not answer");
  }

  @Test
  void aBrokenFlowOrAMissingCredentialIsAClearErrorWithoutAStackTrace(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("broken.yaml"), "flow: broken\nsteps:\n  - wait: \"#x\"\n");
    Cli.Result broken = Cli.run(dir, env(dir), null, "run", "broken.yaml");
    assertThat(broken.exit()).isEqualTo(RpaCli.USAGE);
    assertThat(broken.err()).contains("broken.yaml:3:").doesNotContain("\tat ");
    Files.writeString(dir.resolve("canary.yaml"), LOGIN_FLOW);
    Cli.run(dir, env(dir), "x-secret-1\n", "vault", "set", "other", "--user", "u");
    Cli.Result missing = Cli.run(dir, env(dir), null, "run", "canary.yaml", "--set", "note=x");
    assertThat(missing.exit()).isEqualTo(RpaCli.USAGE);
    assertThat(missing.err())
        .contains("canary-cred")
        .contains("vault set canary-cred")
        .doesNotContain("\tat ");
  }

  @Test
  void aRunThatWritesSpreadsheetsPrintsNoLoggingNoiseAndNoEmptyInput(@TempDir Path dir)
      throws Exception {
    Files.writeString(
        dir.resolve("files.yaml"),
        """
        flow: files
        steps:
          - set: { rows: "${[{'n': 1}, {'n': 2}]}" }
          - write_sheet: { file: out/rows.xlsx, rows: "${rows}", columns: [n] }
          - write_csv: { file: out/rows.csv, rows: "${rows}", columns: [n] }
          - log: "wrote ${len(rows)} rows"
        """);
    Cli.Result run = Cli.run(dir, env(dir), null, "run", "files.yaml");
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.err()).doesNotContain("Log4j").doesNotContain("SLF4J").isBlank();
    Path runDir;
    try (Stream<Path> runs = Files.list(dir.resolve("runs"))) {
      runDir = runs.findFirst().orElseThrow();
    }
    assertThat(run.out())
        .contains("Result: " + runDir.resolve("result.xlsx"))
        .contains(runDir.resolve("result.csv").toString());
    assertThat(runDir.resolve("result.xlsx")).isRegularFile();
    assertThat(Files.readString(runDir.resolve(HtmlReport.FILE)))
        .doesNotContain("--set (0)")
        .contains("no input (one run)");
  }
}
