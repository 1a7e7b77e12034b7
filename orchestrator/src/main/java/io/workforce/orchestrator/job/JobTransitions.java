package io.workforce.orchestrator.job;

import io.workforce.orchestrator.api.ConflictException;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.db.Db;
import io.workforce.protocol.JobState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves jobs between states: checks {@link JobStateMachine}, updates on the old state (so that two
 * concurrent changes cannot both win) and appends the history row. Callers run it inside their
 * transaction.
 */
@Component
class JobTransitions {

  private final JdbcClient jdbc;
  private final Clock clock;

  JobTransitions(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records the creation of a job (history starts with PENDING). */
  void created(long jobId, String actor, String reason) {
    history(jobId, null, JobState.PENDING, actor, reason, clock.instant());
  }

  /** Records the start of an attended run (no robot: its history starts RUNNING). */
  void startedAttended(long jobId, String actor) {
    history(jobId, null, JobState.RUNNING, actor, "attended", clock.instant());
  }

  /**
   * Moves a job to {@code to}.
   *
   * @param columns other columns to set in the same update (names are code constants, never input)
   * @return the state it came from
   */
  JobState move(long jobId, JobState to, String actor, String reason, Map<String, Object> columns) {
    for (int attempt = 0; attempt < 5; attempt++) {
      JobState from = current(jobId);
      if (!JobStateMachine.allowed(from, to)) {
        throw new ConflictException(
            "job-state",
            Text.of(
                "任务 " + jobId + " 当前为 " + from + ", 不能变为 " + to,
                "job " + jobId + " is " + from + " and cannot become " + to));
      }
      Map<String, Object> sets = new LinkedHashMap<>(columns);
      StringBuilder sql = new StringBuilder("UPDATE job SET state = ?");
      List<Object> params = new ArrayList<>();
      params.add(to.name());
      sets.forEach(
          (column, value) -> {
            sql.append(", ").append(column).append(" = ?");
            params.add(value instanceof Instant i ? Db.ts(i) : value);
          });
      sql.append(" WHERE id = ? AND state = ?");
      params.add(jobId);
      params.add(from.name());
      if (jdbc.sql(sql.toString()).params(params).update() == 1) {
        history(jobId, from, to, actor, reason, clock.instant());
        return from;
      }
      // changed under us: read again and re-check against the table
    }
    throw new ConflictException(
        "job-busy",
        Text.of(
            "任务 " + jobId + " 正在被其他操作修改, 请重试",
            "job " + jobId + " is being changed by another request; try again"));
  }

  JobState current(long jobId) {
    return jdbc.sql("SELECT state FROM job WHERE id = ?")
        .param(jobId)
        .query(String.class)
        .optional()
        .map(JobState::valueOf)
        .orElseThrow(() -> NotFoundException.of("任务", "job", jobId));
  }

  private void history(
      long jobId, JobState from, JobState to, String actor, String reason, Instant at) {
    jdbc.sql(
            "INSERT INTO job_history (job_id, from_state, to_state, at, actor, reason) VALUES (?,?,?,?,?,?)")
        .params(
            jobId, from == null ? null : from.name(), to.name(), Db.ts(at), actor, truncate(reason))
        .update();
  }

  static String truncate(String s) {
    return s == null || s.length() <= 4000 ? s : s.substring(0, 3997) + "...";
  }
}
