package io.workforce.orchestrator.job;

import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.flow.FlowCatalog;
import io.workforce.orchestrator.robot.RobotScope;
import io.workforce.protocol.EventBatchReply;
import io.workforce.protocol.ItemResult;
import io.workforce.protocol.JobState;
import io.workforce.protocol.JobUpdate;
import io.workforce.protocol.StepEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** What robots report about their jobs: state, events, item outcomes. */
@Service
public class RobotJobService {

  static final int MAX_BATCH = 1000;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final Clock clock;
  private final JsonMapper json;
  private final JobTransitions transitions;
  private final FlowCatalog flows;
  private final ApplicationEventPublisher events;
  private final RobotScope scope;
  private final ItemResults items;

  RobotJobService(
      JdbcClient jdbc,
      JdbcTemplate template,
      Clock clock,
      JsonMapper json,
      JobTransitions transitions,
      FlowCatalog flows,
      ApplicationEventPublisher events,
      RobotScope scope,
      ItemResults items) {
    this.scope = scope;
    this.items = items;
    this.jdbc = jdbc;
    this.template = template;
    this.clock = clock;
    this.json = json;
    this.transitions = transitions;
    this.flows = flows;
    this.events = events;
  }

  /**
   * A robot reports RUNNING or a final state. Repeating the current state is a no-op (lost
   * answers).
   */
  @Transactional
  public void update(long robotId, long jobId, JobUpdate update) {
    Owned job = owned(robotId, jobId);
    JobState to = update.state();
    if (to == null
        || to == JobState.PENDING
        || to == JobState.ASSIGNED
        || to == JobState.STOPPING) {
      throw InvalidRequestException.field(
          "state",
          "机器人只能报告 RUNNING、SUCCEEDED、FAILED 或 CANCELLED",
          "a robot reports RUNNING, SUCCEEDED, FAILED or CANCELLED (got " + to + ")");
    }
    if (job.state() == to || (to == JobState.RUNNING && job.state() == JobState.STOPPING)) {
      return;
    }
    Instant now = clock.instant();
    String actor = "robot:" + robotId;
    if (to == JobState.RUNNING) {
      transitions.move(jobId, to, actor, "robot started", Map.of("started_at", now));
      return;
    }
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("finished_at", now);
    if (update.result() != null) {
      columns.put("result", json.writeValueAsString(update.result()));
    }
    if (to == JobState.FAILED) {
      columns.put(
          "failure_kind", update.failureKind() == null ? "SYSTEM" : update.failureKind().name());
    }
    if (update.message() != null) {
      columns.put("failure_message", JobTransitions.truncate(update.message()));
    }
    transitions.move(jobId, to, actor, update.message(), columns);
    if (to == JobState.SUCCEEDED) {
      Instant began = job.startedAt() != null ? job.startedAt() : job.assignedAt();
      if (began != null) {
        flows.recordSuccessfulRun(job.flowName(), Duration.between(began, now));
      }
    }
    events.publishEvent(new JobEvents.Finished(jobId, job.flowName(), to.name()));
  }

  /**
   * Stores a batch of events once per (job, seq); events of finished jobs are welcome (buffered
   * robots).
   */
  @Transactional
  public EventBatchReply events(long robotId, long jobId, List<StepEvent> batch) {
    owned(robotId, jobId);
    if (batch.size() > MAX_BATCH) {
      throw InvalidRequestException.field(
          "events",
          "一批最多 " + MAX_BATCH + " 条事件",
          "at most " + MAX_BATCH + " events per batch (got " + batch.size() + ")");
    }
    List<StepEvent> fresh = fresh(jobId, batch);
    try {
      insert(jobId, fresh);
    } catch (DuplicateKeyException e) {
      // the same batch arrived twice at the same moment: store what is still missing, one by one
      int stored = 0;
      for (StepEvent ev : fresh(jobId, batch)) {
        try {
          insert(jobId, List.of(ev));
          stored++;
        } catch (DuplicateKeyException again) {
          // stored by the other request
        }
      }
      return new EventBatchReply(stored, batch.size() - stored);
    }
    return new EventBatchReply(fresh.size(), batch.size() - fresh.size());
  }

  /**
   * Keeps and counts items that did not come from a queue (throughput, time saved, the run's items
   * and result file).
   */
  @Transactional
  public void items(long robotId, long jobId, List<ItemResult> results) {
    Owned job = owned(robotId, jobId);
    items.store(jobId, job.flowName(), job.flowVersion(), robotId, results);
  }

  /**
   * The job if the dispatcher gave it to this robot (finished ones too: buffered robots report
   * late); any other id answers the 404 of a job that does not exist.
   */
  Owned owned(long robotId, long jobId) {
    RobotScope.Assigned j = scope.reporting(robotId, jobId);
    return new Owned(j.state(), j.flowName(), j.flowVersion(), j.startedAt(), j.assignedAt());
  }

  record Owned(
      JobState state, String flowName, int flowVersion, Instant startedAt, Instant assignedAt) {}

  private List<StepEvent> fresh(long jobId, List<StepEvent> batch) {
    if (batch.isEmpty()) {
      return List.of();
    }
    long min = batch.stream().mapToLong(StepEvent::seq).min().orElse(0);
    long max = batch.stream().mapToLong(StepEvent::seq).max().orElse(0);
    Set<Long> seen =
        new HashSet<>(
            jdbc.sql("SELECT seq FROM job_event WHERE job_id = ? AND seq BETWEEN ? AND ?")
                .params(jobId, min, max)
                .query(Long.class)
                .list());
    List<StepEvent> fresh = new ArrayList<>();
    for (StepEvent e : batch) {
      if (e.seq() < 1 || e.kind() == null) {
        throw InvalidRequestException.field(
            "events[seq=" + e.seq() + "]",
            "seq 须 ≥ 1 且须有 kind",
            "every event needs seq >= 1 and a kind");
      }
      if (seen.add(e.seq())) {
        fresh.add(e);
      }
    }
    return fresh;
  }

  private void insert(long jobId, List<StepEvent> events) {
    Instant now = clock.instant();
    template.batchUpdate(
        "INSERT INTO job_event (job_id, seq, at, kind, step, level, message, duration_ms, outcome, "
            + "screenshot) VALUES (?,?,?,?,?,?,?,?,?,?)",
        events,
        500,
        (ps, e) -> {
          ps.setLong(1, jobId);
          ps.setLong(2, e.seq());
          ps.setObject(3, Db.ts(e.at() == null ? now : e.at()));
          ps.setString(4, e.kind().name());
          ps.setString(5, cut(e.step(), 500));
          ps.setString(6, cut(e.level(), 10));
          ps.setString(7, cut(e.message(), 4000));
          ps.setObject(8, e.durationMs());
          ps.setString(9, cut(e.outcome(), 40));
          ps.setString(10, cut(e.screenshot(), 100));
        });
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
