package io.workforce.bench.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RobotLoadTest {

  private static final List<SimRobot> ROBOTS = List.of(robot(1), robot(2), robot(3));

  @Test
  void planGivesEveryRobotUiPathsCallsPerMinute() {
    List<RobotLoad.Call> plan = RobotLoad.plan(ROBOTS, Duration.ofMinutes(2), 7);

    Map<RobotLoad.Kind, Long> perKind =
        plan.stream().collect(Collectors.groupingBy(RobotLoad.Call::kind, Collectors.counting()));
    assertThat(perKind)
        .containsEntry(RobotLoad.Kind.LOG, 3L * 2 * 40)
        .containsEntry(RobotLoad.Kind.HEARTBEAT, 3L * 2 * 2)
        .containsEntry(RobotLoad.Kind.ASSET, 3L * 2 * 6)
        .containsEntry(RobotLoad.Kind.QUEUE_ADD, 3L * 2 * 6)
        .containsEntry(RobotLoad.Kind.QUEUE_GET, 3L * 2 * 6);
    assertThat(RobotLoad.Kind.perRobotMinute()).isEqualTo(60);
  }

  @Test
  void planIsInTimeOrderAndInsideTheWindow() {
    List<RobotLoad.Call> plan = RobotLoad.plan(ROBOTS, Duration.ofSeconds(15), 7);

    assertThat(plan).isSortedAccordingTo((a, b) -> Long.compare(a.atNanos(), b.atNanos()));
    assertThat(plan)
        .allSatisfy(c -> assertThat(c.atNanos()).isBetween(0L, Duration.ofSeconds(15).toNanos()));
    // a quarter of a minute: about a quarter of each robot's 60 calls, phases differing between
    // robots
    assertThat(plan).hasSizeBetween(3 * 60 / 4 - 3 * 5, 3 * 60 / 4 + 3 * 5);
    assertThat(plan.stream().filter(c -> c.robot().id() == 1).findFirst().orElseThrow().atNanos())
        .isNotEqualTo(
            plan.stream().filter(c -> c.robot().id() == 2).findFirst().orElseThrow().atNanos());
  }

  private static SimRobot robot(long id) {
    return new SimRobot(id, null, 100 + id, new AtomicLong(1));
  }
}
