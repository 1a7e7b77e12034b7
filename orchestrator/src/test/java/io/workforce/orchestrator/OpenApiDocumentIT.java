package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.testing.SharedOrchestrator;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestOrchestrator;
import io.workforce.protocol.json.ProtocolJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;

/**
 * docs/openapi.json is the document the orchestrator serves. When an endpoint changes, regenerate
 * it with {@code mvn -pl orchestrator verify -Dit.test=OpenApiDocumentIT
 * -Dworkforce.openapi.write=true}. (The document does not depend on the database, so this test runs
 * on H2 only.)
 */
class OpenApiDocumentIT {

  static final Path CHECKED_IN = Path.of("..", "docs", "openapi.json");

  @Test
  void checkedInOpenApiDocumentIsCurrent() throws Exception {
    TestOrchestrator o = SharedOrchestrator.on(TestDb.H2);
    JsonNode served =
        ProtocolJson.mapper().readTree(o.admin().get("/v3/api-docs").expect(200).body());
    ((tools.jackson.databind.node.ObjectNode) served).remove("servers");
    String pretty =
        ProtocolJson.mapper()
                .writer()
                .with(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(served)
            + "\n";
    if (Boolean.getBoolean("workforce.openapi.write")) {
      Files.writeString(CHECKED_IN, pretty, StandardCharsets.UTF_8);
    }
    assertThat(served.get("paths").has("/api/v1/robot/work")).isTrue();
    assertThat(pretty)
        .as("docs/openapi.json is out of date: regenerate it (see this test's Javadoc)")
        .isEqualTo(Files.readString(CHECKED_IN, StandardCharsets.UTF_8));
    assertThat(pretty).doesNotContain("\"caller\"");
  }
}
