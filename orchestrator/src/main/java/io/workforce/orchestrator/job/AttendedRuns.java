package io.workforce.orchestrator.job;

import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.flow.FlowCatalog;
import io.workforce.orchestrator.flow.FlowDescriptor;
import io.workforce.orchestrator.security.Caller;
import io.workforce.protocol.ItemResult;
import io.workforce.protocol.JobState;
import io.workforce.protocol.JobUpdate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Attended runs (issue 21): a clerk's run on their own machine (the desktop assistant) is a run of
 * the orchestrator too — flow version, who, items with outcomes and outputs, times — marked
 * attended and held by no robot: it starts RUNNING (the dispatcher never sees it), the clerk's
 * session reports its items and its end, and it counts in the overview and time saved like any
 * other run. Only the person who started it reports for it.
 */
@Component
public class AttendedRuns {

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;
  private final FlowCatalog flows;
  private final JobTransitions transitions;
  private final ItemResults items;
  private final ApplicationEventPublisher events;

  AttendedRuns(
      JdbcClient jdbc,
      JsonMapper json,
      Clock clock,
      FlowCatalog flows,
      JobTransitions transitions,
      ItemResults items,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    this.flows = flows;
    this.transitions = transitions;
    this.items = items;
    this.events = events;
  }

  /** Records the start of an attended run of this version by this person: its job id. */
  @Transactional
  public long start(String flow, int version, String username, Map<String, Object> inputs) {
    FlowDescriptor d = flows.descriptor(flow, version);
    Instant now = clock.instant();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO job (flow_name, flow_version, state, priority, systems, inputs, started_by, "
                + "created_at, started_at, attended) VALUES (?,?,'RUNNING',?,?,?,?,?,?,TRUE)")
        .params(
            flow,
            version,
            5,
            json.writeValueAsString(d.sessionLimits()),
            json.writeValueAsString(inputs == null ? Map.of() : inputs),
            username,
            Db.ts(now),
            Db.ts(now))
        .update(key, "id");
    long jobId = key.getKey().longValue();
    transitions.startedAttended(jobId, "user:" + username);
    events.publishEvent(new JobEvents.Created(jobId, flow));
    return jobId;
  }

  /** The items the clerk's machine ended (kept and counted like a robot's). */
  @Transactional
  public void items(Caller.User caller, long jobId, List<ItemResult> results) {
    Own run = own(caller, jobId);
    items.store(jobId, run.flowName(), run.flowVersion(), null, results);
  }

  /** The attended run ended: SUCCEEDED, FAILED or CANCELLED, with its message and outputs. */
  @Transactional
  public void end(Caller.User caller, long jobId, JobUpdate update) {
    Own run = own(caller, jobId);
    JobState to = update == null ? null : update.state();
    if (to != JobState.SUCCEEDED && to != JobState.FAILED && to != JobState.CANCELLED) {
      throw InvalidRequestException.field(
          "state",
          "有人值守的运行只能以 SUCCEEDED、FAILED 或 CANCELLED 结束",
          "an attended run ends SUCCEEDED, FAILED or CANCELLED (got " + to + ")");
    }
    if (run.state() == to) {
      return;
    }
    Instant now = clock.instant();
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
    transitions.move(jobId, to, "user:" + caller.username(), update.message(), columns);
    if (to == JobState.SUCCEEDED && run.startedAt() != null) {
      flows.recordSuccessfulRun(run.flowName(), Duration.between(run.startedAt(), now));
    }
    events.publishEvent(new JobEvents.Finished(jobId, run.flowName(), to.name()));
  }

  private record Own(String flowName, int flowVersion, JobState state, Instant startedAt) {}

  /** The attended run this person started; any other id answers the 404 of a missing job. */
  private Own own(Caller.User caller, long jobId) {
    return jdbc.sql(
            "SELECT flow_name, flow_version, state, started_at FROM job "
                + "WHERE id = ? AND attended = TRUE AND started_by = ?")
        .params(jobId, caller.username())
        .query(
            (rs, n) ->
                new Own(
                    rs.getString(1),
                    rs.getInt(2),
                    JobState.valueOf(rs.getString(3)),
                    Db.instant(rs, "started_at")))
        .optional()
        .orElseThrow(() -> NotFoundException.of("任务", "job", jobId));
  }
}
