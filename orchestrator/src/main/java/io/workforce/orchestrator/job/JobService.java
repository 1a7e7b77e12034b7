package io.workforce.orchestrator.job;

import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.api.WorkforceException.FieldProblem;
import io.workforce.orchestrator.audit.AuditLog;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.flow.FlowCatalog;
import io.workforce.orchestrator.flow.FlowDescriptor;
import io.workforce.orchestrator.robot.RobotWentOffline;
import io.workforce.protocol.FailureKind;
import io.workforce.protocol.JobState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Starting and stopping jobs; failing the jobs of a lost robot. */
@Service
public class JobService {

  private static final Logger log = LoggerFactory.getLogger(JobService.class);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final JsonMapper json;
  private final FlowCatalog flows;
  private final JobTransitions transitions;
  private final List<JobStartCheck> checks;
  private final ApplicationEventPublisher events;
  private final JobQueries queries;
  private final AuditLog audit;

  JobService(
      JdbcClient jdbc,
      Clock clock,
      JsonMapper json,
      FlowCatalog flows,
      JobTransitions transitions,
      List<JobStartCheck> checks,
      ApplicationEventPublisher events,
      JobQueries queries,
      AuditLog audit) {
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
    this.json = json;
    this.flows = flows;
    this.transitions = transitions;
    this.checks = checks;
    this.events = events;
    this.queries = queries;
  }

  /**
   * Creates a job (PENDING) after every start check passed; all problems are reported at once.
   *
   * @param request the start, with {@code startedBy} set by the caller of this method to the person
   *     the job runs for (the person starting it, or the schedule's creator), never taken from a
   *     request body
   * @param actor who does it, for the history and the audit
   * @param origin why it runs
   */
  @Transactional
  public JobView start(StartJobRequest request, String actor, JobOrigin origin) {
    Long scheduleId = origin.scheduleId();
    int version = request.version() != null ? request.version() : flows.liveVersion(request.flow());
    FlowDescriptor d = flows.descriptor(request.flow(), version);
    List<FieldProblem> problems = new ArrayList<>();
    if (!d.runsOnRobots()) {
      problems.add(
          new FieldProblem(
              "flow",
              "flow '" + d.name() + "' runs only on the desktop (runs_on)",
              "start it with the desktop assistant, or add 'robot' to runs_on"));
    }
    checks.forEach(c -> problems.addAll(c.check(d, request)));
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(
          "job-start-refused",
          Text.of(
              "无法启动流程 '" + d.name() + "': " + problems.get(0).message(),
              "cannot start flow '" + d.name() + "': " + problems.get(0).message()),
          problems);
    }
    Instant now = clock.instant();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO job (flow_name, flow_version, state, priority, deadline, pool, labels, systems, credentials, "
                + "inputs, started_by, schedule_id, schedule_name, started_via, queue_name, created_at) "
                + "VALUES (?,?,'PENDING',?,?,?,?,?,?,?,?,?,?,?,?,?)")
        .params(
            d.name(),
            version,
            request.priority() == null ? 5 : request.priority(),
            Db.ts(request.deadline()),
            request.pool(),
            Db.joinList(request.labels()),
            json.writeValueAsString(d.sessionLimits()),
            Db.joinList(d.credentials()),
            json.writeValueAsString(request.inputs()),
            request.startedBy(),
            scheduleId,
            origin.scheduleName(),
            origin.kind(),
            "queue".equals(d.input().kind()) ? d.input().queue() : null,
            Db.ts(now))
        .update(key, "id");
    long id = key.getKey().longValue();
    String why = origin.describe(request.startedBy());
    transitions.created(id, actor, why);
    audit.record("job.start", "job:" + id, "flow " + d.name() + " v" + version + ", " + why);
    events.publishEvent(new JobEvents.Created(id, d.name()));
    return queries.get(id);
  }

  /**
   * Asks for a job to stop: a pending job is cancelled at once; an assigned or running one becomes
   * STOPPING and its robot hears it with its next heartbeat.
   */
  @Transactional
  public JobView stop(long jobId, String actor) {
    JobState state = transitions.current(jobId);
    audit.record("job.stop", "job:" + jobId, "was " + state);
    if (state == JobState.PENDING) {
      transitions.move(
          jobId,
          JobState.CANCELLED,
          actor,
          "stopped before a robot took it",
          Map.of("finished_at", clock.instant(), "stop_requested_at", clock.instant()));
      events.publishEvent(
          new JobEvents.Finished(jobId, queries.get(jobId).flowName(), JobState.CANCELLED.name()));
    } else {
      transitions.move(
          jobId,
          JobState.STOPPING,
          actor,
          "stop requested",
          Map.of("stop_requested_at", clock.instant()));
    }
    return queries.get(jobId);
  }

  /**
   * A robot went offline (lost, shut down, retired or re-enrolled). A job it was given but had not
   * started goes back to waiting for another robot; one stopped before it started is cancelled; a
   * job it had started fails with a system failure (how far it got is not known; its queue items
   * return by the queue's own rules).
   */
  @EventListener
  @Transactional
  public void robotWentOffline(RobotWentOffline event) {
    record Active(long id, String flow, JobState state, boolean started) {}
    List<Active> active =
        jdbc.sql(
                "SELECT id, flow_name, state, started_at FROM job WHERE robot_id = ? "
                    + "AND state IN "
                    + Db.in(JobStateMachine.ON_A_ROBOT)
                    + " ORDER BY id")
            .param(event.robotId())
            .query(
                (rs, n) ->
                    new Active(
                        rs.getLong(1),
                        rs.getString(2),
                        JobState.valueOf(rs.getString(3)),
                        rs.getTimestamp(4) != null))
            .list();
    Instant now = clock.instant();
    for (Active job : active) {
      if (!job.started() && job.state() == JobState.ASSIGNED) {
        transitions.move(
            job.id(),
            JobState.PENDING,
            "orchestrator",
            event.reason() + " before it started the job: " + "it waits for another robot",
            Map.of());
        jdbc.sql(
                "UPDATE job SET robot_id = NULL, assigned_at = NULL WHERE id = ? AND state = 'PENDING'")
            .param(job.id())
            .update();
        log.info("job {} back to pending: {}", job.id(), event.reason());
        events.publishEvent(new JobEvents.Requeued(job.id(), job.flow()));
      } else if (!job.started() && job.state() == JobState.STOPPING) {
        transitions.move(
            job.id(),
            JobState.CANCELLED,
            "orchestrator",
            event.reason() + " before it started the job, " + "which was being stopped",
            Map.of("finished_at", now));
        events.publishEvent(
            new JobEvents.Finished(job.id(), job.flow(), JobState.CANCELLED.name()));
      } else {
        transitions.move(
            job.id(),
            JobState.FAILED,
            "orchestrator",
            event.reason(),
            Map.of(
                "failure_kind",
                FailureKind.SYSTEM.name(),
                "failure_message",
                event.reason(),
                "finished_at",
                now));
        log.warn("job {} failed: {}", job.id(), event.reason());
        events.publishEvent(new JobEvents.Finished(job.id(), job.flow(), JobState.FAILED.name()));
      }
    }
  }
}
