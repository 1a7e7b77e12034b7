package io.workforce.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import io.workforce.flows.FlowResolver;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.DriverOptions;
import io.workforce.runtime.input.Inputs;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.runtime.journal.JournalWriter;
import io.workforce.testkit.FixtureServer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every step type of the flow language runs (every-step.yaml on fixture pages), on each driver. */
abstract class StepsContract {

  static final Path FLOWS = Path.of("src/test/resources/flows").toAbsolutePath();

  @TempDir Path dir;

  abstract BrowserDriver.Kind kind();

  @Test
  void everyStepTypeRunsAndDoesWhatItSays() throws Exception {
    Files.writeString(dir.resolve("upload.txt"), "附件");
    Flow flow =
        FlowParser.create()
            .withResolver(FlowResolver.directory(FLOWS))
            .parse(FLOWS.resolve("every-step.yaml"));
    try (FixtureServer server = StepFixtures.start();
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
                  flow, options, name -> Optional.empty(), driver, FlowResolver.directory(FLOWS))
              .run(Inputs.fromFields(Map.of("name", "甲乙商行"), flow.input()), null);
      ItemResult result = run.results().get(1);
      assertThat(result.status()).as(result.reason()).isEqualTo(ItemStatus.SUCCEEDED);
      Map<String, Object> out = result.outputs();
      assertThat(out)
          .containsEntry("name", "甲乙商行")
          .containsEntry("kind", "b")
          .containsEntry("saved", "未保存 编号42")
          .containsEntry("asked", "确定保存?")
          .containsEntry("inner", "框架内容")
          .containsEntry("detail", "企业详情页")
          .containsEntry("uploaded", "upload.txt")
          .containsEntry("csv_rows", 2)
          .containsEntry("sheet_first", "1")
          .containsEntry("table_rows", 4)
          .containsEntry("number", "42")
          .containsEntry("rounds", 3)
          .containsEntry("caught", "故意失败")
          .containsEntry("tries", 2)
          .containsEntry("code", "A1")
          .containsEntry("found", "标签-A1");
      assertThat(new BigDecimal(String.valueOf(out.get("total")))).isEqualByComparingTo("1009.50");
      assertThat(String.valueOf(out.get("ocr"))).contains("HELLO");
      assertThat(out.get("scripted")).isEqualTo("HELLO 2024-改|42|true");
      assertThat(Files.readString(run.runDir().resolve("out/rows.csv")))
          .startsWith("编号,金额")
          .contains("2,20");
      assertThat(run.runDir().resolve("screenshots/item-1-done.png")).exists();
      String journal = Files.readString(run.runDir().resolve(JournalWriter.FILE));
      assertThat(journal)
          .contains("finally ran")
          .contains("\"level\":\"WARN\"")
          .contains("steps[0].open")
          .contains("systems.fixture.login[0].open");
      flow.steps()
          .forEach(
              step ->
                  assertThat(journal).as(step.path()).contains("\"step\":\"" + step.path() + "\""));
    }
  }
}
