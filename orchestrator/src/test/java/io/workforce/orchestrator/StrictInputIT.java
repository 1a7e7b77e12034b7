package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.SharedOrchestrator;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestFlows;
import io.workforce.orchestrator.testing.TestOrchestrator;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Bad input the attack found accepted (issue 22 item 6): a JSON number as a name ({@code
 * {"name":1e999}}) and a cron step of zero ({@code 0/0 * * * * ?}) are refused with a clear 400
 * naming the field, and nothing is made.
 */
class StrictInputIT {

  @Test
  void aNumberIsNoNameAndACronStepOfZeroIsNoSchedule() {
    TestOrchestrator o = SharedOrchestrator.on(TestDb.H2);
    AdminApi admin = o.admin();
    for (String body : new String[] {"{\"name\":1e999}", "{\"name\":12345}", "{\"name\":true}"}) {
      JsonNode refused =
          admin
              .send(
                  "POST",
                  "/api/v1/queues",
                  "application/json",
                  body.getBytes(StandardCharsets.UTF_8))
              .expect(400)
              .json();
      assertThat(refused.get("errors").get(0).get("field").asString()).as(body).isEqualTo("name");
      assertThat(refused.get("detail").asString()).as(body).doesNotContain("Exception");
    }
    admin.get("/api/v1/queues/1e999").expect(404);
    admin.get("/api/v1/queues/12345").expect(404);

    admin
        .post("/api/v1/flows", Map.of("source", TestFlows.simpleFlow("strict-cron-flow", 1)))
        .expect(201);
    for (String cron : new String[] {"0/0 * * * * ?", "0 0/00 * * * ?", "0 0 */0 * * ?"}) {
      JsonNode refused =
          admin
              .post(
                  "/api/v1/schedules",
                  Map.of("name", "zero-step", "flow", "strict-cron-flow", "cron", cron))
              .expect(400)
              .json();
      assertThat(refused.get("errors").get(0).get("field").asString()).as(cron).isEqualTo("cron");
    }
    assertThat(admin.get("/api/v1/schedules").json().findValuesAsString("name"))
        .doesNotContain("zero-step");
  }
}
