package io.workforce.runtime.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.runtime.Secrets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalAndConsoleTest {

  static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

  @TempDir Path dir;

  @Test
  void journalLinesAreJsonWithEverySecretMasked() throws Exception {
    Secrets.register("Journal-Canary-77");
    try (JournalWriter journal = new JournalWriter(dir)) {
      journal.accept(
          new RunEvent.StepFinished(
              T0, 1, "steps[0].fill", 12, "ok", null, "#pwd = Journal-Canary-77", null, null));
      journal.accept(
          new RunEvent.ItemFinished(
              T0,
              1,
              "row 2",
              Map.of(),
              ItemStatus.BUSINESS_FAILED,
              Map.of("note", "Journal-Canary-77"),
              "bad",
              "steps[0]",
              null,
              1,
              40));
    }
    String text = Files.readString(dir.resolve(JournalWriter.FILE));
    assertThat(text).doesNotContain("Journal-Canary-77").contains("******");
    assertThat(text.lines()).hasSize(2);
    var first = JournalWriter.parse(text.lines().findFirst().orElseThrow());
    assertThat(first.path("type").asString()).isEqualTo("step_end");
    assertThat(first.path("millis").asLong()).isEqualTo(12);
    assertThat(first.path("at").asString()).isEqualTo("2026-01-05T08:00:00Z");
  }

  @Test
  void aTerminalGetsABarWithRateAndEta() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Clock clock = Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC);
    ConsoleProgress console =
        new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, clock);
    console.accept(new RunEvent.RunStarted(T0, "r1", "f", 1, "playwright", 1, 10, "x.csv"));
    for (int i = 1; i <= 3; i++) {
      console.accept(
          new RunEvent.ItemFinished(
              T0,
              i,
              "row " + i,
              Map.of(),
              ItemStatus.SUCCEEDED,
              Map.of(),
              null,
              null,
              null,
              1,
              10));
    }
    assertThat(console.bar())
        .startsWith("[#########")
        .contains("3/10 30%")
        .contains("3.0/min")
        .contains("ETA 2m20s");
  }

  @Test
  void aPipeGetsOnePlainLinePerItem() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConsoleProgress console =
        new ConsoleProgress(
            new PrintStream(bytes, true, StandardCharsets.UTF_8),
            false,
            Clock.fixed(T0, ZoneOffset.UTC));
    console.accept(new RunEvent.RunStarted(T0, "r1", "f", 1, "playwright", 1, 2, "x.csv"));
    console.accept(
        new RunEvent.ItemFinished(
            T0, 1, "row 2", Map.of(), ItemStatus.SUCCEEDED, Map.of(), null, null, null, 1, 1500));
    console.accept(
        new RunEvent.ItemFinished(
            T0,
            2,
            "row 3",
            Map.of(),
            ItemStatus.BUSINESS_FAILED,
            Map.of(),
            "出生日期不符",
            null,
            null,
            1,
            10));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).doesNotContain("\r").contains("1/2 row 2").contains("出生日期不符");
  }
}
