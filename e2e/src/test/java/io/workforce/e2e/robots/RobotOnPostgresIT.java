package io.workforce.e2e.robots;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production set-up in small: a real robot process serves an orchestrator on PostgreSQL (claims
 * with {@code FOR UPDATE SKIP LOCKED}), works a small queue of registrations to the end with every
 * one filed exactly once, and stops cleanly on SIGTERM. The many-robot scenarios run on H2 in
 * {@link RobotsWorkAQueueIT}.
 */
class RobotOnPostgresIT {

  @Test
  void aRobotWorksAQueueOfAnOrchestratorOnPostgresqlExactlyOnce(@TempDir Path dir) {
    try (SyncRig rig = new SyncRig(LiveOrchestrator.Db.POSTGRES, 12, 60, Map.of(), dir)) {
      int total = rig.registrationRows().size() - 1;
      assertThat(total).as("new registrations").isGreaterThanOrEqualTo(2);
      RobotProcess refused =
          RobotProcess.start(
              "robot-refused",
              dir.resolve("refused"),
              rig.orchestrator.baseUri(),
              "wfe_not_a_key_of_this_orchestrator",
              Map.of("WORKFORCE_LANG", "en"));
      assertThat(refused.awaitExit(Duration.ofMinutes(1)))
          .as("exit code with a wrong enrolment key")
          .isEqualTo(2);
      assertThat(refused.output())
          .contains("refused the enrolment")
          .doesNotContain("Exception")
          .doesNotContain("\tat ")
          .doesNotContain("wfe_not_a_key_of_this_orchestrator");
      rig.importRegistrations(0, total);
      rig.triggers();
      RobotProcess robot = rig.robot("robot-pg");
      rig.await(
          "every item succeeded", Duration.ofMinutes(3), () -> rig.count("SUCCESSFUL") == total);
      ExactlyOnce.check(rig);
      assertThat(rig.admin.get("/api/v1/robots").expect(200).json().get(0).path("name").asString())
          .isEqualTo("robot-pg");
      assertThat(robot.terminate(Duration.ofMinutes(1))).as("exit code after SIGTERM").isIn(0, 143);
      assertThat(robot.output()).contains("Robot robot-pg stopped");
    }
  }
}
