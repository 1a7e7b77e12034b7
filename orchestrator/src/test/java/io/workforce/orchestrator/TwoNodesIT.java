package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.OrchestratorProcess;
import io.workforce.testkit.LocalPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 (what each node keeps): two orchestrator processes on one PostgreSQL, as behind a load
 * balancer. A person logs in through one node and goes on through the other with the same session
 * cookie and CSRF token, and logs out there for both.
 */
class TwoNodesIT {

  @Test
  void aSessionAndItsCsrfTokenStartedOnOneNodeWorkOnTheOther(@TempDir Path dir) {
    String db =
        LocalPostgres.shared().createDatabase("wf_two_nodes_" + ProcessHandle.current().pid());
    Map<String, String> shared =
        Map.of("workforce.vault.master-key-file", dir.resolve("master.key").toString());
    List<String> jvm = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    try (OrchestratorProcess a = OrchestratorProcess.start(dir.resolve("a"), db, jvm, shared);
        OrchestratorProcess b = OrchestratorProcess.start(dir.resolve("b"), db, jvm, shared)) {
      AdminApi onA = a.person("two-nodes-admin", "ADMINISTRATOR");
      AdminApi onB = onA.at(b.baseUri());
      assertThat(onB.get("/api/v1/me").expect(200).json().get("username").asString())
          .isEqualTo("two-nodes-admin");
      onB.post("/api/v1/queues", Map.of("name", "made-on-b")).expect(201);
      assertThat(onA.get("/api/v1/queues/made-on-b").status()).isEqualTo(200);
      assertThat(onB.withoutCsrf().post("/api/v1/queues", Map.of("name", "no-csrf")).status())
          .as("without the CSRF token")
          .isEqualTo(403);
      onA.at(b.baseUri()).post("/api/v1/auth/logout", "").expect(204);
      assertThat(onA.get("/api/v1/me").status()).as("logged out on A too").isEqualTo(401);
    }
  }
}
