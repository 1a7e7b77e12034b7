package io.workforce.orchestrator.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.dispatch.DispatchPolicy.Candidate;
import io.workforce.orchestrator.dispatch.DispatchPolicy.RobotProfile;
import io.workforce.orchestrator.dispatch.DispatchPolicy.Usage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The worked examples of docs/scheduling.md, one test each. Now is 2026-05-20 09:00 UTC. */
class DispatchPolicyTest {

  static final Instant NOW = Instant.parse("2026-05-20T09:00:00Z");
  final DispatchPolicy policy =
      new DispatchPolicy(
          Clock.fixed(NOW, ZoneOffset.UTC),
          new DispatchPolicy.Settings(Duration.ofMinutes(15), Duration.ofMinutes(10)));
  final RobotProfile anyRobot = new RobotProfile(null, Set.of());
  final Usage nothingInUse = new Usage(Map.of(), Set.of());

  static Candidate job(
      long id, int priority, int minutesAgo, Integer deadlineInMinutes, int expectedMinutes) {
    return new Candidate(
        id,
        priority,
        NOW.minus(Duration.ofMinutes(minutesAgo)),
        deadlineInMinutes == null ? null : NOW.plus(Duration.ofMinutes(deadlineInMinutes)),
        Duration.ofMinutes(expectedMinutes),
        null,
        Set.of(),
        Map.of(),
        Set.of());
  }

  @Test
  void nearDeadlineJobOvertakesHigherPriorityJobs() {
    Candidate urgent = job(3, 2, 1, 30, 20); // slack 10 min < 15 min window: at risk
    Candidate important = job(1, 9, 5, null, 10);
    Candidate relaxed = job(2, 5, 5, 240, 10); // slack 230 min: not at risk
    assertThat(
            policy.rank(List.of(important, relaxed, urgent)).stream()
                .map(r -> r.candidate().jobId()))
        .containsExactly(3L, 1L, 2L);
  }

  @Test
  void amongAtRiskJobsTheSmallestSlackGoesFirstAndOverdueLeads() {
    Candidate overdue = job(1, 1, 60, -5, 10); // slack -15 min
    Candidate tight = job(2, 9, 1, 20, 10); // slack 10 min
    assertThat(policy.rank(List.of(tight, overdue)).get(0).candidate().jobId()).isEqualTo(1L);
    assertThat(policy.rank(List.of(tight, overdue)).get(0).slack())
        .isEqualTo(Duration.ofMinutes(-15));
  }

  @Test
  void agingLetsALowPriorityJobOvertakeAfterWaiting() {
    Candidate oldLow = job(1, 2, 75, null, 10); // 2 + 7 aging levels = 9
    Candidate freshHigh = job(2, 8, 1, null, 10); // 8 + 0 = 8
    assertThat(policy.rank(List.of(freshHigh, oldLow)).get(0).candidate().jobId()).isEqualTo(1L);
    assertThat(policy.rank(List.of(freshHigh, oldLow)).get(0).effectivePriority()).isEqualTo(9);
  }

  @Test
  void equalPriorityGoesByAge() {
    assertThat(
            policy
                .rank(List.of(job(2, 5, 3, null, 1), job(1, 5, 4, null, 1)))
                .get(0)
                .candidate()
                .jobId())
        .isEqualTo(1L);
  }

  @Test
  void aRobotOnlyTakesJobsOfItsPoolAndLabels() {
    Candidate intranet =
        new Candidate(1, 9, NOW, null, Duration.ZERO, "intranet", Set.of(), Map.of(), Set.of());
    Candidate needsOcr =
        new Candidate(2, 8, NOW, null, Duration.ZERO, null, Set.of("ocr"), Map.of(), Set.of());
    Candidate plain = job(3, 1, 0, null, 1);
    assertThat(policy.choose(anyRobot, List.of(intranet, needsOcr, plain), nothingInUse))
        .get()
        .extracting(Candidate::jobId)
        .isEqualTo(3L);
    assertThat(
            policy.choose(
                new RobotProfile("intranet", Set.of("ocr")),
                List.of(intranet, needsOcr, plain),
                nothingInUse))
        .get()
        .extracting(Candidate::jobId)
        .isEqualTo(1L);
  }

  @Test
  void aFullSystemOrAnExclusiveCredentialInUseHoldsAJobBack() {
    Candidate registry =
        new Candidate(
            1, 9, NOW, null, Duration.ZERO, null, Set.of(), Map.of("registry", 2), Set.of());
    Candidate clerk =
        new Candidate(
            2, 8, NOW, null, Duration.ZERO, null, Set.of(), Map.of(), Set.of("intake-clerk"));
    Candidate other = job(3, 1, 0, null, 1);
    Usage busy = new Usage(Map.of("registry", 2), Set.of("intake-clerk"));
    assertThat(policy.choose(anyRobot, List.of(registry, clerk, other), busy))
        .get()
        .extracting(Candidate::jobId)
        .isEqualTo(3L);
    Usage oneSession = new Usage(Map.of("registry", 1), Set.of());
    assertThat(policy.choose(anyRobot, List.of(registry, clerk, other), oneSession))
        .get()
        .extracting(Candidate::jobId)
        .isEqualTo(1L);
  }

  @Test
  void nothingFitsMeansNoJob() {
    Candidate registry =
        new Candidate(
            1, 9, NOW, null, Duration.ZERO, null, Set.of(), Map.of("registry", 1), Set.of());
    assertThat(
            policy.choose(anyRobot, List.of(registry), new Usage(Map.of("registry", 1), Set.of())))
        .isEmpty();
  }
}
