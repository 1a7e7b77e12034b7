package io.workforce.orchestrator.dispatch;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.flow.FlowCatalog;
import io.workforce.orchestrator.job.JobAssignments;
import io.workforce.orchestrator.job.JobStateMachine;
import io.workforce.orchestrator.robot.RobotService;
import io.workforce.protocol.WorkAssignment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assigns jobs to robots: loads the pending jobs and what running jobs hold, asks the {@link
 * DispatchPolicy}, and moves the chosen job to ASSIGNED. One decision at a time across all nodes (a
 * row lock on {@code dispatch_lock}), so that session limits and exclusive credentials hold in a
 * cluster too.
 */
@Service
public class Dispatcher {

  private static final TypeReference<Map<String, Integer>> SYSTEMS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final Clock clock;
  private final JsonMapper json;
  private final TransactionTemplate tx;
  private final RobotService robots;
  private final FlowCatalog flows;
  private final JobAssignments assignments;
  private final DispatchPolicy policy;
  private final WorkforceProperties.Dispatch settings;
  private final Timer latency;

  Dispatcher(
      JdbcClient jdbc,
      Clock clock,
      JsonMapper json,
      TransactionTemplate tx,
      RobotService robots,
      FlowCatalog flows,
      JobAssignments assignments,
      WorkforceProperties properties,
      MeterRegistry meters) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.json = json;
    this.tx = tx;
    this.robots = robots;
    this.flows = flows;
    this.assignments = assignments;
    this.settings = properties.dispatch();
    this.policy =
        new DispatchPolicy(
            clock, new DispatchPolicy.Settings(settings.riskWindow(), settings.agingStep()));
    this.latency =
        Timer.builder("workforce.dispatch.latency")
            .description("time from job creation to its assignment to a robot")
            .publishPercentileHistogram()
            .register(meters);
  }

  /**
   * Work for an idle robot: a job already assigned to it that it has not started (its previous
   * answer was lost), else the policy's choice among the pending jobs, else empty.
   */
  public Optional<WorkAssignment> tryAssign(long robotId) {
    Optional<WorkAssignment> again = tx.execute(s -> redeliver(robotId));
    if (again != null && again.isPresent()) {
      return again;
    }
    if (!hasPending()) {
      return Optional.empty();
    }
    return tx.execute(s -> assign(robotId));
  }

  /** True when some job waits for a robot. */
  public boolean hasPending() {
    return jdbc.sql("SELECT COUNT(*) FROM job WHERE state = 'PENDING'")
            .query(Integer.class)
            .single()
        > 0;
  }

  private Optional<WorkAssignment> redeliver(long robotId) {
    List<Long> running =
        jdbc.sql(
                "SELECT id FROM job WHERE robot_id = ? AND state IN "
                    + Db.in(JobStateMachine.STARTED))
            .param(robotId)
            .query(Long.class)
            .list();
    for (long jobId : running) {
      // the robot asks for work, so it no longer runs this job: it restarted in the middle
      assignments.abandoned(jobId, robotId, "robot restarted while running the job");
    }
    return jdbc
        .sql("SELECT id FROM job WHERE robot_id = ? AND state = 'ASSIGNED' ORDER BY id")
        .param(robotId)
        .query(Long.class)
        .list()
        .stream()
        .findFirst()
        .map(
            jobId ->
                assignments.assignment(
                    jobId,
                    robots.profile(robotId).map(RobotService.Profile::labels).orElse(List.of())));
  }

  private Optional<WorkAssignment> assign(long robotId) {
    Optional<RobotService.Profile> profile = robots.profile(robotId);
    if (profile.isEmpty() || !"ONLINE".equals(profile.get().status())) {
      return Optional.empty();
    }
    jdbc.sql("SELECT id FROM dispatch_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
    Set<String> exclusive = exclusiveCredentials();
    List<DispatchPolicy.Candidate> candidates = candidates(exclusive);
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    DispatchPolicy.RobotProfile robot =
        new DispatchPolicy.RobotProfile(
            profile.get().pool(), new HashSet<>(profile.get().labels()));
    Optional<DispatchPolicy.Candidate> chosen = policy.choose(robot, candidates, usage(exclusive));
    if (chosen.isEmpty()) {
      return Optional.empty();
    }
    DispatchPolicy.Candidate c = chosen.get();
    Instant now = clock.instant();
    assignments.assign(c.jobId(), robotId, now);
    latency.record(Duration.between(c.createdAt(), now));
    return Optional.of(assignments.assignment(c.jobId(), profile.get().labels()));
  }

  private List<DispatchPolicy.Candidate> candidates(Set<String> exclusive) {
    String base =
        "SELECT id, flow_name, priority, created_at, deadline, pool, labels, systems, credentials, started_by "
            + "FROM job WHERE state = 'PENDING' ORDER BY ";
    int limit = settings.candidateLimit();
    Map<Long, DispatchPolicy.Candidate> byId = new LinkedHashMap<>();
    Map<String, Duration> expected = new HashMap<>();
    for (String order : List.of("deadline NULLS LAST, id", "priority DESC, id", "id")) {
      jdbc.sql(base + order + " LIMIT " + limit)
          .query(
              (rs, n) -> {
                long id = rs.getLong("id");
                if (!byId.containsKey(id)) {
                  String flow = rs.getString("flow_name");
                  Duration exp =
                      expected.computeIfAbsent(
                          flow,
                          f ->
                              flows.expectedDuration(f).orElse(settings.defaultExpectedDuration()));
                  byId.put(
                      id,
                      new DispatchPolicy.Candidate(
                          id,
                          rs.getInt("priority"),
                          Db.instant(rs, "created_at"),
                          Db.instant(rs, "deadline"),
                          exp,
                          rs.getString("pool"),
                          new HashSet<>(Db.splitList(rs.getString("labels"))),
                          json.readValue(rs.getString("systems"), SYSTEMS),
                          held(
                              Db.splitList(rs.getString("credentials")),
                              rs.getString("started_by"),
                              exclusive)));
                }
                return id;
              })
          .list();
    }
    return List.copyOf(byId.values());
  }

  private DispatchPolicy.Usage usage(Set<String> exclusive) {
    Map<String, Integer> sessions = new HashMap<>();
    Set<String> credentials = new HashSet<>();
    jdbc.sql(
            "SELECT systems, credentials, started_by FROM job WHERE state IN "
                + Db.in(JobStateMachine.ON_A_ROBOT))
        .query(
            (rs, n) -> {
              json.readValue(rs.getString("systems"), SYSTEMS)
                  .keySet()
                  .forEach(s -> sessions.merge(s, 1, Integer::sum));
              credentials.addAll(
                  held(
                      Db.splitList(rs.getString("credentials")),
                      rs.getString("started_by"),
                      exclusive));
              return n;
            })
        .list();
    return new DispatchPolicy.Usage(sessions, credentials);
  }

  /**
   * Exclusive credentials as keys: {@code name} for shared ones, {@code name@user} for personal
   * ones.
   */
  private static Set<String> held(
      List<String> credentials, String startedBy, Set<String> exclusive) {
    Set<String> keys = new HashSet<>();
    for (String c : credentials) {
      if (exclusive.contains(c + "|SHARED")) {
        keys.add(c);
      } else if (exclusive.contains(c + "|PERSONAL")) {
        keys.add(c + "@" + startedBy);
      }
    }
    return keys;
  }

  private Set<String> exclusiveCredentials() {
    return new HashSet<>(
        jdbc.sql("SELECT name, kind FROM credential WHERE exclusive_use = TRUE")
            .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2))
            .list());
  }
}
