package io.workforce.runtime.assistant.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.runtime.journal.ItemStatus;
import org.junit.jupiter.api.Test;

class ServerRunTest {

  @Test
  void aSpreadsheetRowsReferenceIsShownAsItsRowNumber() {
    assertThat(ServerRun.rowLabel("job-1-jf_7ec9bfa8.xlsx:12")).isEqualTo("第 12 行");
    assertThat(ServerRun.rowLabel("R0001")).isEqualTo("R0001");
    assertThat(ServerRun.rowLabel("case:abc")).isEqualTo("case:abc");
  }

  @Test
  void anItemOutcomeOfTheOrchestratorIsTheRuntimesStatusAndAnUnknownOneCountsAsFailed() {
    assertThat(ServerRun.status("SUCCESSFUL")).isEqualTo(ItemStatus.SUCCEEDED);
    assertThat(ServerRun.status("UNCHANGED")).isEqualTo(ItemStatus.UNCHANGED);
    assertThat(ServerRun.status("BUSINESS_FAILED")).isEqualTo(ItemStatus.BUSINESS_FAILED);
    assertThat(ServerRun.status("SYSTEM_FAILED")).isEqualTo(ItemStatus.SYSTEM_FAILED);
    assertThat(ServerRun.status("SOMETHING_NEW").failed()).isTrue();
    assertThat(ServerRun.status(null).failed()).isTrue();
  }
}
