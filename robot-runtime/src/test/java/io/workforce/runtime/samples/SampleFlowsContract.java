package io.workforce.runtime.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.DriverOptions;
import io.workforce.runtime.engine.RunSummary;
import io.workforce.runtime.input.Inputs;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.samples.SampleOptions;
import io.workforce.samples.data.ExpectedRow;
import io.workforce.samples.data.GroundTruth;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The three sample flows, run to completion against the sample systems; the results must match the
 * ground truth field by field. Run by each driver.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SampleFlowsContract {

  Path dir;
  SampleRig rig;
  BrowserDriver driver;

  abstract BrowserDriver.Kind kind();

  @BeforeAll
  void start() throws Exception {
    dir = java.nio.file.Files.createTempDirectory("wf-sample-flows");
    rig = new SampleRig(SampleOptions.builder().records(40).exportEnabled(true).build(), dir);
    driver = BrowserDriver.start(kind(), DriverOptions.defaults().withTimeout(Duration.ofSeconds(10)));
  }

  @AfterAll
  void stop() {
    driver.close();
    rig.close();
  }

  @Test
  void enterFromSpreadsheetEntersGoodRowsAndReportsBadOnes() {
    GroundTruth truth = rig.systems.groundTruth();
    RunSummary run = rig.run("enter-from-spreadsheet",
        Inputs.fromFile(rig.data("subsidy-applications-dirty.xlsx"), SampleRig.flow("enter-from-spreadsheet").input(),
            Map.of()), driver, 1, null);
    List<ExpectedRow> expected = truth.expected().dirtySheetRows();
    assertThat(run.results()).hasSize(expected.size());
    int i = 1;
    for (ExpectedRow row : expected) {
      ItemResult result = run.results().get(i++);
      assertThat(result.status()).as("row %d: %s", row.row(), result.reason())
          .isEqualTo(row.outcome() == ExpectedRow.Outcome.REJECTED ? ItemStatus.BUSINESS_FAILED : ItemStatus.SUCCEEDED);
    }
  }
}
