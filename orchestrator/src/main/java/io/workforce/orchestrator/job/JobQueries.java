package io.workforce.orchestrator.job;

import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.api.Paging;
import io.workforce.orchestrator.db.Db;
import io.workforce.protocol.EventKind;
import io.workforce.protocol.JobState;
import io.workforce.protocol.StepEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reading jobs, their history and their events. */
@Component
public class JobQueries {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  JobQueries(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** One job with its full history. */
  public JobView get(long id) {
    JobView job =
        jdbc.sql("SELECT * FROM job WHERE id = ?")
            .param(id)
            .query((rs, n) -> view(rs, null))
            .optional()
            .orElseThrow(() -> NotFoundException.of("任务", "job", id));
    List<JobView.HistoryEntry> history =
        jdbc.sql("SELECT * FROM job_history WHERE job_id = ? ORDER BY id")
            .param(id)
            .query(
                (rs, n) ->
                    new JobView.HistoryEntry(
                        rs.getString("from_state") == null
                            ? null
                            : JobState.valueOf(rs.getString("from_state")),
                        JobState.valueOf(rs.getString("to_state")),
                        Db.instant(rs, "at"),
                        rs.getString("actor"),
                        rs.getString("reason")))
            .list();
    return withHistory(job, history);
  }

  /**
   * Jobs, newest first, filtered.
   *
   * @param from only jobs created at or after this (null: no limit)
   * @param to only jobs created before this (null: no limit)
   * @param paging the page
   */
  public List<JobView> list(
      JobState state,
      String flow,
      Long robotId,
      String startedBy,
      Instant from,
      Instant to,
      Paging paging) {
    StringBuilder sql = new StringBuilder("SELECT * FROM job WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (state != null) {
      sql.append(" AND state = ?");
      params.add(state.name());
    }
    if (flow != null) {
      sql.append(" AND flow_name = ?");
      params.add(flow);
    }
    if (robotId != null) {
      sql.append(" AND robot_id = ?");
      params.add(robotId);
    }
    if (startedBy != null) {
      sql.append(" AND started_by = ?");
      params.add(startedBy);
    }
    if (from != null) {
      sql.append(" AND created_at >= ?");
      params.add(Db.ts(from));
    }
    if (to != null) {
      sql.append(" AND created_at < ?");
      params.add(Db.ts(to));
    }
    sql.append(" ORDER BY id DESC").append(paging.sql());
    return jdbc.sql(sql.toString()).params(params).query((rs, n) -> view(rs, null)).list();
  }

  /**
   * A job's events with seq greater than {@code afterSeq}, in order, at most {@code limit}
   * (checked, 1–5000).
   */
  public List<StepEvent> events(long jobId, long afterSeq, int limit) {
    get(jobId);
    return jdbc.sql(
            "SELECT * FROM job_event WHERE job_id = ? AND seq > ? ORDER BY seq LIMIT " + limit)
        .params(jobId, afterSeq)
        .query(
            (rs, n) ->
                new StepEvent(
                    rs.getLong("seq"),
                    Db.instant(rs, "at"),
                    EventKind.valueOf(rs.getString("kind")),
                    rs.getString("step"),
                    rs.getString("level"),
                    rs.getString("message"),
                    Db.longOrNull(rs, "duration_ms"),
                    rs.getString("outcome"),
                    rs.getString("screenshot")))
        .list();
  }

  private JobView view(ResultSet rs, List<JobView.HistoryEntry> history) throws SQLException {
    String result = rs.getString("result");
    return new JobView(
        rs.getLong("id"),
        rs.getString("flow_name"),
        rs.getInt("flow_version"),
        JobState.valueOf(rs.getString("state")),
        rs.getInt("priority"),
        Db.instant(rs, "deadline"),
        rs.getString("pool"),
        Db.splitList(rs.getString("labels")),
        json.readValue(rs.getString("inputs"), MAP),
        result == null ? null : json.readValue(result, MAP),
        rs.getString("failure_kind"),
        rs.getString("failure_message"),
        rs.getString("started_by"),
        rs.getString("started_via"),
        Db.longOrNull(rs, "schedule_id"),
        rs.getString("schedule_name"),
        rs.getString("queue_name"),
        Db.longOrNull(rs, "robot_id"),
        Db.instant(rs, "created_at"),
        Db.instant(rs, "assigned_at"),
        Db.instant(rs, "started_at"),
        Db.instant(rs, "finished_at"),
        history,
        rs.getBoolean("attended"));
  }

  private static JobView withHistory(JobView j, List<JobView.HistoryEntry> h) {
    return new JobView(
        j.id(),
        j.flowName(),
        j.flowVersion(),
        j.state(),
        j.priority(),
        j.deadline(),
        j.pool(),
        j.labels(),
        j.inputs(),
        j.result(),
        j.failureKind(),
        j.failureMessage(),
        j.startedBy(),
        j.startedVia(),
        j.scheduleId(),
        j.scheduleName(),
        j.queueName(),
        j.robotId(),
        j.createdAt(),
        j.assignedAt(),
        j.startedAt(),
        j.finishedAt(),
        h,
        j.attended());
  }
}
