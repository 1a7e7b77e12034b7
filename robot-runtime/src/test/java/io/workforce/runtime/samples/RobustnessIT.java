package io.workforce.runtime.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.DriverOptions;
import io.workforce.runtime.engine.RunSummary;
import io.workforce.runtime.input.Inputs;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.input.ListSource;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.runtime.journal.JournalWriter;
import io.workforce.runtime.journal.RunEvent;
import io.workforce.samples.SampleOptions;
import io.workforce.samples.data.Application;
import io.workforce.samples.data.ExpectedRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime against unreliable systems: faults, session timeouts, bad rows, a killed browser. */
class RobustnessIT {

  @TempDir Path dir;

  @Test
  void syncRegistrationsWithFaultsAndSessionTimeoutsFilesEveryRecordExactlyOnceEvenRunTwice()
      throws Exception {
    SampleOptions chaos =
        SampleOptions.builder()
            .records(12)
            .seed(7)
            .faultRate(0.05)
            .sessionTimeout(Duration.ofSeconds(3))
            .exportEnabled(true)
            .build();
    try (SampleRig rig = new SampleRig(chaos, dir);
        BrowserDriver driver =
            BrowserDriver.start(BrowserDriver.Kind.PLAYWRIGHT, DriverOptions.defaults())) {
      ListSource items =
          Inputs.fromFile(
              rig.data("new-registrations.csv"),
              SampleRig.flow("sync-registrations").input(),
              Map.of());
      // a system error restarts the item: with ~20 requests per item and 5% faults, allow more
      // tries
      var options =
          rig.options(1)
              .withRetries(8, Duration.ofMillis(200))
              .withStepTimeout(Duration.ofSeconds(5));
      RunSummary first = rig.run("sync-registrations", items, driver, options, null);
      RunSummary second =
          rig.run(
              "sync-registrations",
              Inputs.fromFile(
                  rig.data("new-registrations.csv"),
                  SampleRig.flow("sync-registrations").input(),
                  Map.of()),
              driver,
              options,
              null);
      List<Application> filed =
          rig.systems.export().intakeApplications().stream()
              .filter(a -> a.service().equals("company"))
              .toList();
      SyncCheck.matchesGroundTruth(
          first, rig.systems.groundTruth().expected().syncRegistrations(), filed);
      SyncCheck.matchesGroundTruth(
          second, rig.systems.groundTruth().expected().syncRegistrations(), filed);
      second
          .results()
          .values()
          .forEach(r -> assertThat(r.outputs().get("result")).isEqualTo("已受理，未重复提交"));
      String journals =
          Files.readString(first.runDir().resolve(JournalWriter.FILE))
              + Files.readString(second.runDir().resolve(JournalWriter.FILE));
      // the chaos really struck, and the runtime dealt with it: 5xx pages retried, logged-out
      // sessions logged in again
      assertThat(journals).contains("\"error\":\"system\"");
      assertThat(
              journals.split("\"step\":\"systems\\.registry\\.login\\[0\\]\\.open\",\"location\"")
                      .length
                  - 1)
          .isGreaterThan(1);
    }
  }

  @Test
  void aBadSpreadsheetRowFailsAloneAsABusinessErrorAndAKilledBrowserIsSurvived() throws Exception {
    try (SampleRig rig =
            new SampleRig(SampleOptions.builder().records(20).exportEnabled(true).build(), dir);
        BrowserDriver driver =
            BrowserDriver.start(BrowserDriver.Kind.PLAYWRIGHT, DriverOptions.defaults())) {
      Path rows = badRows(rig.data("subsidy-applications.csv"));
      AtomicBoolean killed = new AtomicBoolean();
      RunSummary run =
          rig.run(
              "enter-from-spreadsheet",
              Inputs.fromFile(rows, SampleRig.flow("enter-from-spreadsheet").input(), Map.of()),
              driver,
              1,
              event -> {
                // kill -9 the browser while item 3 is at work
                if (event instanceof RunEvent.StepStarted s
                    && s.item() == 3
                    && s.step().contains("fill")
                    && !killed.getAndSet(true)) {
                  driver
                      .browserPids()
                      .forEach(
                          pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
                }
              });
      assertThat(killed).isTrue();
      ItemResult bad = run.results().get(2);
      assertThat(bad.status()).isEqualTo(ItemStatus.BUSINESS_FAILED);
      assertThat(bad.reason()).contains("儿童身份证号格式不正确");
      assertThat(bad.attempts()).isEqualTo(1);
      for (int i : List.of(1, 3, 4, 5, 6)) {
        assertThat(run.results().get(i).status())
            .as("item %d: %s", i, run.results().get(i).reason())
            .isEqualTo(ItemStatus.SUCCEEDED);
      }
      assertThat(run.results().get(3).attempts()).isGreaterThan(1);
      Map<String, Long> perChild =
          rig.systems.export().intakeApplications().stream()
              .filter(a -> a.service().equals("subsidy"))
              .collect(Collectors.groupingBy(Application::key, Collectors.counting()));
      List<ExpectedRow> clean = rig.systems.groundTruth().expected().sheetRows();
      for (ExpectedRow row : clean.subList(0, 6)) {
        if (row.row() != 3) {
          assertThat(perChild.get(row.childId())).as("row %d", row.row()).isEqualTo(1L);
        }
      }
    }
  }

  /**
   * The first six rows of the clean sheet, the second one with a child ID that is not an ID at all.
   */
  private Path badRows(Path clean) throws Exception {
    List<String> lines = Files.readAllLines(clean, StandardCharsets.UTF_8);
    List<String> six = new java.util.ArrayList<>(lines.subList(0, 7));
    String[] cells = six.get(2).split(",", -1);
    cells[6] = "12345";
    six.set(2, String.join(",", cells));
    Path file = dir.resolve("bad-rows.csv");
    Files.write(file, six, StandardCharsets.UTF_8);
    return file;
  }
}
