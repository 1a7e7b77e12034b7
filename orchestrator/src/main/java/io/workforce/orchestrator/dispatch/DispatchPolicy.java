package io.workforce.orchestrator.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which pending job a robot gets. Pure: no database, time from the injected clock. See {@code
 * docs/scheduling.md} for worked examples.
 *
 * <ol>
 *   <li><b>Deadline risk first.</b> slack = deadline − now − expected duration. A job whose slack
 *       is below the risk window is <i>at risk</i>; at-risk jobs go before all others, smallest
 *       slack first (overdue jobs have negative slack).
 *   <li><b>Then priority with aging.</b> effective priority = priority + ⌊waiting time / aging
 *       step⌋, so a low-priority job climbs one level per aging step and never starves.
 *   <li><b>Then age</b> (older first), then id.
 * </ol>
 *
 * The robot takes the first job in that order that it <i>can</i> run: the job's pool (if any) is
 * the robot's, the robot has every label the job asks for, every system the flow uses has a free
 * session (its {@code max_sessions} counted across all robots), and no exclusive credential it
 * needs is in use.
 */
public final class DispatchPolicy {

  /**
   * @param riskWindow slack below which a job is at risk
   * @param agingStep waiting time worth one priority level
   */
  public record Settings(Duration riskWindow, Duration agingStep) {}

  /**
   * A pending job as the policy sees it.
   *
   * @param jobId the job
   * @param priority 1–10
   * @param createdAt when it was created (aging)
   * @param deadline when it must be done, or null
   * @param expected expected duration of its flow (from past runs)
   * @param pool the pool it must run in, or null for any
   * @param labels labels the robot must have
   * @param systems system name → its {@code max_sessions}
   * @param exclusiveCredentials exclusive credentials it would hold (personal ones as {@code
   *     name@user})
   */
  public record Candidate(
      long jobId,
      int priority,
      Instant createdAt,
      Instant deadline,
      Duration expected,
      String pool,
      Set<String> labels,
      Map<String, Integer> systems,
      Set<String> exclusiveCredentials) {}

  /**
   * @param pool the robot's pool (null = default) @param labels its labels
   */
  public record RobotProfile(String pool, Set<String> labels) {}

  /**
   * What the running jobs hold right now.
   *
   * @param sessionsInUse system name → sessions held by active jobs
   * @param credentialsInUse exclusive credentials held by active jobs
   */
  public record Usage(Map<String, Integer> sessionsInUse, Set<String> credentialsInUse) {}

  /**
   * A candidate with the policy's view of it.
   *
   * @param candidate the job
   * @param atRisk whether its slack is below the risk window
   * @param slack deadline − now − expected (null without a deadline)
   * @param effectivePriority priority plus aging levels
   */
  public record Ranked(
      Candidate candidate, boolean atRisk, Duration slack, long effectivePriority) {}

  private static final Comparator<Ranked> ORDER =
      Comparator.comparing((Ranked r) -> !r.atRisk())
          .thenComparing(r -> r.atRisk() ? r.slack() : Duration.ZERO)
          .thenComparing(Ranked::effectivePriority, Comparator.reverseOrder())
          .thenComparing(r -> r.candidate().createdAt())
          .thenComparingLong(r -> r.candidate().jobId());

  private final Clock clock;
  private final Settings settings;

  public DispatchPolicy(Clock clock, Settings settings) {
    this.clock = clock;
    this.settings = settings;
  }

  /** All candidates in dispatch order. */
  public List<Ranked> rank(List<Candidate> pending) {
    Instant now = clock.instant();
    return pending.stream().map(c -> ranked(c, now)).sorted(ORDER).toList();
  }

  /** The first job in dispatch order that this robot can run now, if any. */
  public Optional<Candidate> choose(RobotProfile robot, List<Candidate> pending, Usage usage) {
    return rank(pending).stream()
        .map(Ranked::candidate)
        .filter(c -> fits(robot, c, usage))
        .findFirst();
  }

  /** Whether the robot may run the job given what running jobs hold. */
  public boolean fits(RobotProfile robot, Candidate c, Usage usage) {
    if (c.pool() != null && !c.pool().equals(robot.pool())) {
      return false;
    }
    if (!robot.labels().containsAll(c.labels())) {
      return false;
    }
    for (Map.Entry<String, Integer> s : c.systems().entrySet()) {
      if (usage.sessionsInUse().getOrDefault(s.getKey(), 0) >= s.getValue()) {
        return false;
      }
    }
    return c.exclusiveCredentials().stream().noneMatch(usage.credentialsInUse()::contains);
  }

  private Ranked ranked(Candidate c, Instant now) {
    Duration waited = Duration.between(c.createdAt(), now);
    long levels =
        waited.isNegative() || settings.agingStep().isZero()
            ? 0
            : waited.toMillis() / settings.agingStep().toMillis();
    Duration slack =
        c.deadline() == null ? null : Duration.between(now, c.deadline()).minus(c.expected());
    boolean atRisk = slack != null && slack.compareTo(settings.riskWindow()) < 0;
    return new Ranked(c, atRisk, slack, c.priority() + levels);
  }
}
