package io.workforce.runtime.assistant.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.runtime.assistant.Flows;
import io.workforce.runtime.assistant.api.Dtos.MyCredential;
import io.workforce.runtime.assistant.api.Dtos.StartableFlow;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialNeedsTest {

  @Test
  void namesTheFlowsOfEachPersonalCredentialAndWhatAFlowStillLacks() {
    StartableFlow sync =
        Flows.spreadsheet(
            "sync", "xlsx", List.of("robot"), List.of("registry-clerk", "intake-clerk"));
    StartableFlow enter =
        Flows.spreadsheet("enter", "xlsx", List.of("desktop"), List.of("intake-clerk"));
    CredentialNeeds needs =
        new CredentialNeeds(
            List.of(
                new MyCredential("registry-clerk", "登记系统", false, null),
                new MyCredential("health-clerk", "卫健", true, null)),
            List.of(sync, enter));
    assertThat(needs.flowsNeeding("registry-clerk")).containsExactly("sync");
    assertThat(needs.flowsNeeding("health-clerk")).isEmpty();
    assertThat(needs.missingFor(sync))
        .as("shared intake-clerk is not the clerk's to set")
        .containsExactly("registry-clerk");
    assertThat(needs.missingFor(enter)).isEmpty();
  }
}
