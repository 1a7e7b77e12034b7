package io.workforce.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.protocol.json.ProtocolJson;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProtocolJsonTest {

  @Test
  void messagesRoundTripWithIsoTimesAndUnknownFieldsIgnored() {
    WorkAssignment w =
        new WorkAssignment(
            5,
            "sync",
            3,
            "abc",
            Map.of("a", 1),
            "q",
            9,
            Instant.parse("2026-05-20T09:30:00Z"),
            "zhangsan",
            Map.of("INTAKE_URL", "http://intake.local"));
    String json = ProtocolJson.mapper().writeValueAsString(w);
    assertThat(json).contains("2026-05-20T09:30");
    WorkAssignment back =
        ProtocolJson.mapper()
            .readValue(json.replaceFirst("\\{", "{\"newField\":1,"), WorkAssignment.class);
    assertThat(back).isEqualTo(w);
  }

  @Test
  void secretsNeverShowInToString() {
    assertThat(new CredentialSecret("c", "u", "p@ss", Map.of("pin", "1234")).toString())
        .doesNotContain("p@ss", "1234");
    assertThat(new EnrolRequest("wfe_key", "r", "h", null).toString()).doesNotContain("wfe_key");
    assertThat(new EnrolResponse(1, "r", "wfr_token", 10, 30).toString())
        .doesNotContain("wfr_token");
  }
}
