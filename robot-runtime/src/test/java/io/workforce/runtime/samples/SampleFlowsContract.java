package io.workforce.runtime.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.DriverOptions;
import io.workforce.runtime.engine.RunSummary;
import io.workforce.runtime.input.Inputs;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.input.Tables;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.samples.SampleOptions;
import io.workforce.samples.data.Application;
import io.workforce.samples.data.ExpectedDiscrepancy;
import io.workforce.samples.data.ExpectedFiling;
import io.workforce.samples.data.ExpectedRow;
import io.workforce.samples.data.GroundTruth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The three sample flows, run to completion against the sample systems; every result must match the
 * ground truth field by field. Run by each driver, on one browser per class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class SampleFlowsContract {

  static final int RECORDS = 30;

  Path dir;
  SampleRig rig;
  BrowserDriver driver;
  GroundTruth truth;

  abstract BrowserDriver.Kind kind();

  @BeforeAll
  void start() throws Exception {
    dir = Files.createTempDirectory("wf-sample-flows");
    rig = new SampleRig(SampleOptions.builder().records(RECORDS).exportEnabled(true).build(), dir);
    truth = rig.systems.groundTruth();
    driver =
        BrowserDriver.start(kind(), DriverOptions.defaults().withTimeout(Duration.ofSeconds(10)));
  }

  @AfterAll
  void stop() {
    driver.close();
    rig.close();
  }

  @Test
  @Order(1)
  void verifyApplicationsReportsEveryDiscrepancyOfTheFiledApplications() {
    Set<String> filed =
        applications("subsidy").stream().map(Application::key).collect(Collectors.toSet());
    RunSummary run =
        rig.run(
            "verify-applications",
            Inputs.fromFields(
                Map.of("report", "report/diff.xlsx"),
                SampleRig.flow("verify-applications").input()),
            driver,
            1,
            null);
    ItemResult result = run.results().get(1);
    assertThat(result.status()).as(result.reason()).isEqualTo(ItemStatus.SUCCEEDED);
    List<ExpectedDiscrepancy> expected =
        truth.expected().discrepancies().stream().filter(d -> filed.contains(d.childId())).toList();
    List<List<String>> sheet = Tables.xlsx(run.runDir().resolve("report/diff.xlsx"), "差异");
    assertThat(sheet.get(0)).containsExactly("受理编号", "儿童身份证号", "儿童姓名", "差异原因", "申请值", "卫健值");
    Set<List<String>> rows =
        sheet.subList(1, sheet.size()).stream()
            .map(r -> r.subList(1, 6))
            .collect(Collectors.toSet());
    Set<List<String>> wanted =
        expected.stream()
            .map(
                d ->
                    List.of(
                        d.childId(),
                        d.childName(),
                        d.reason(),
                        d.applicationValue(),
                        d.healthValue()))
            .collect(Collectors.toSet());
    assertThat(rows).isEqualTo(wanted);
    assertThat(result.outputs())
        .containsEntry("checked", filed.size())
        .containsEntry("mismatches", expected.size());
  }

  @Test
  @Order(2)
  void enterFromSpreadsheetEntersGoodRowsAndReportsBadOnes() {
    RunSummary run =
        rig.run(
            "enter-from-spreadsheet",
            Inputs.fromFile(
                rig.data("subsidy-applications-dirty.xlsx"),
                SampleRig.flow("enter-from-spreadsheet").input(),
                Map.of()),
            driver,
            1,
            null);
    List<ExpectedRow> expected = truth.expected().dirtySheetRows();
    assertThat(run.results()).hasSize(expected.size());
    Map<String, Application> byChild =
        applications("subsidy").stream()
            .collect(Collectors.toMap(Application::key, a -> a, (a, b) -> a));
    for (int i = 0; i < expected.size(); i++) {
      ExpectedRow row = expected.get(i);
      ItemResult result = run.results().get(i + 1);
      switch (row.outcome()) {
        case REJECTED -> {
          assertThat(result.status()).as("row %d", row.row()).isEqualTo(ItemStatus.BUSINESS_FAILED);
          assertThat(result.reason()).contains(row.reason());
          assertThat(byChild).doesNotContainKey(row.childId());
        }
        case ENTERED -> {
          assertThat(result.status())
              .as("row %d: %s", row.row(), result.reason())
              .isEqualTo(ItemStatus.SUCCEEDED);
          Application filed = byChild.get(row.childId());
          assertThat(filed.fields()).as("row %d", row.row()).containsAllEntriesOf(row.fields());
          assertThat(result.outputs())
              .containsEntry("receipt", filed.receiptNo())
              .containsEntry("result", "已录入");
        }
        case DUPLICATE -> {
          assertThat(result.status())
              .as("row %d: %s", row.row(), result.reason())
              .isEqualTo(ItemStatus.UNCHANGED);
          assertThat(result.reason()).isEqualTo("该儿童已受理，未录入");
          assertThat((String) result.outputs().get("result")).startsWith("重复");
          assertThat(result.outputs())
              .containsEntry("receipt", byChild.get(row.childId()).receiptNo());
        }
      }
    }
    assertThat(
            applications("subsidy").stream()
                .collect(Collectors.groupingBy(Application::key, Collectors.counting())))
        .allSatisfy((child, n) -> assertThat(n).as(child).isEqualTo(1L));
  }

  @Test
  @Order(3)
  void syncRegistrationsFilesEveryNewCompanyOnceWithTheRegistrysData() {
    RunSummary run =
        rig.run(
            "sync-registrations",
            Inputs.fromFile(
                rig.data("new-registrations.csv"),
                SampleRig.flow("sync-registrations").input(),
                Map.of()),
            driver,
            1,
            null);
    List<ExpectedFiling> expected = truth.expected().syncRegistrations();
    assertThat(run.results()).hasSize(expected.size());
    SyncCheck.matchesGroundTruth(run, expected, applications("company"));
  }

  List<Application> applications(String service) {
    return rig.systems.export().intakeApplications().stream()
        .filter(a -> a.service().equals(service))
        .toList();
  }
}
