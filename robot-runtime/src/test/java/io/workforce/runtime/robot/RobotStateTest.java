package io.workforce.runtime.robot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RobotStateTest {

  private static final String TOKEN = "wfr_state_test_token_0123456789";

  @Test
  void theTokenIsKeptOwnerOnlyAndNeverPrinted(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("state").resolve(RobotState.FILE);
    RobotState state = new RobotState("http://orch:18080", 3, "robot-1", TOKEN, 10, 30);
    state.save(file);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(RobotState.load(file)).contains(state);
    assertThat(state.toString()).doesNotContain(TOKEN).contains("robot-1");
    assertThat(Files.list(file.getParent())).as("no temporary file left").hasSize(1);
  }

  @Test
  void aBrokenStateFileCountsAsNotEnrolled(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(RobotState.FILE);
    Files.writeString(file, "{\"orchestrator\": ");
    assertThat(RobotState.load(file)).isEmpty();
    assertThat(RobotState.load(dir.resolve("missing.json"))).isEmpty();
  }
}
