package io.workforce.runtime.robot;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.protocol.ItemOutcome;
import io.workforce.runtime.Secrets;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.input.WorkItem;
import io.workforce.runtime.journal.ItemStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a robot tells the orchestrator about one spreadsheet row or form (issue 21, item 1). */
class ItemReportTest {

  @Test
  void anItemCarriesItsNumberKeyInputsAndOutputsWithEveryTextMasked() {
    Secrets.register("report-secret-77");
    WorkItem row =
        new WorkItem(
            3, "第 3 行", Map.of("code", "C-3", "amount", new BigDecimal("12.50")), "in.xlsx:4");
    ItemResult ended =
        new ItemResult(
            ItemStatus.SUCCEEDED,
            Map.of("receipt", "RC-3", "note", "pw report-secret-77"),
            null,
            1,
            Map.of("code", "C-3"));
    Instant at = Instant.parse("2026-12-07T10:00:00Z");

    io.workforce.protocol.ItemResult sent = JobRunner.itemResult(row, ended, at);

    assertThat(sent.reference()).isEqualTo("in.xlsx:4");
    assertThat(sent.outcome()).isEqualTo(ItemOutcome.SUCCESSFUL);
    assertThat(sent.index()).isEqualTo(3);
    assertThat(sent.finishedAt()).isEqualTo(at);
    assertThat(sent.key()).containsEntry("code", "C-3");
    assertThat(sent.inputs())
        .containsEntry("code", "C-3")
        .containsEntry("amount", new BigDecimal("12.50"));
    assertThat(sent.outputs()).containsEntry("receipt", "RC-3").containsEntry("note", "pw ******");
  }

  @Test
  void doneNothingChangedStaysApartFromDone() {
    assertThat(JobRunner.outcome(ItemStatus.UNCHANGED)).isEqualTo(ItemOutcome.UNCHANGED);
    assertThat(JobRunner.outcome(ItemStatus.SUCCEEDED)).isEqualTo(ItemOutcome.SUCCESSFUL);
    assertThat(JobRunner.outcome(ItemStatus.BUSINESS_FAILED))
        .isEqualTo(ItemOutcome.BUSINESS_FAILED);
    assertThat(JobRunner.outcome(ItemStatus.SYSTEM_FAILED)).isEqualTo(ItemOutcome.SYSTEM_FAILED);
  }
}
