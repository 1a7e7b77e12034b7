package io.workforce.orchestrator.queue;

import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.db.Db;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Item rows, their history and the processed-items facts, shared by the admin and the robot side.
 */
@Component
class ItemStore {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  final JdbcClient jdbc;
  final JsonMapper json;
  private final Map<String, Settings> queues = new ConcurrentHashMap<>();
  private final Map<Long, JobInfo> jobs = new ConcurrentHashMap<>();

  ItemStore(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * @param maxAttempts tries per item @param leaseSeconds default lease
   */
  record Settings(int maxAttempts, int leaseSeconds) {}

  /** The flow a job runs and its manual minutes per item. */
  record JobInfo(String flowName, double manualMinutes) {}

  Settings settings(String queue) {
    Settings s = queues.get(queue);
    if (s == null) {
      s =
          jdbc.sql("SELECT max_attempts, lease_seconds FROM work_queue WHERE name = ?")
              .param(queue)
              .query((rs, n) -> new Settings(rs.getInt(1), rs.getInt(2)))
              .optional()
              .orElseThrow(() -> NotFoundException.of("队列", "queue", queue));
      queues.put(queue, s);
    }
    return s;
  }

  void forgetQueue(String queue) {
    queues.remove(queue);
  }

  void history(
      long itemId,
      ItemStatus from,
      ItemStatus to,
      int attempt,
      Long robotId,
      Long jobId,
      String reason,
      Instant at) {
    jdbc.sql(
            "INSERT INTO queue_item_history (item_id, at, from_status, to_status, attempt, robot_id, job_id, reason) "
                + "VALUES (?,?,?,?,?,?,?,?)")
        .params(
            itemId,
            Db.ts(at),
            from == null ? null : from.name(),
            to.name(),
            attempt,
            robotId,
            jobId,
            cut(reason))
        .update();
  }

  /**
   * Records a final outcome for the overview (throughput, success rate, time saved, failure
   * reasons).
   */
  void processed(
      long itemId,
      String reference,
      Long jobId,
      Long robotId,
      ItemStatus outcome,
      String reason,
      Instant at) {
    processed(itemId, reference, jobId, robotId, outcome.name(), reason, null, at);
  }

  /**
   * Records how an attempt of a queue item ended, for the overview and for its run's items, report
   * and result file.
   *
   * @param outcome SUCCESSFUL, UNCHANGED (ended well, nothing to do: no time saved),
   *     BUSINESS_FAILED or SYSTEM_FAILED
   * @param outputs what the robot produced in this attempt, or null
   */
  void processed(
      long itemId,
      String reference,
      Long jobId,
      Long robotId,
      String outcome,
      String reason,
      Map<String, Object> outputs,
      Instant at) {
    JobInfo info = jobId == null ? new JobInfo(null, 0) : jobInfo(jobId);
    jdbc.sql(
            "INSERT INTO processed_item (job_id, flow_name, robot_id, queue_item_id, reference, outcome, reason, "
                + "manual_minutes, finished_at, outputs) VALUES (?,?,?,?,?,?,?,?,?,?)")
        .params(
            jobId,
            info.flowName(),
            robotId,
            itemId,
            reference,
            outcome,
            cut(reason),
            "UNCHANGED".equals(outcome) ? 0.0 : info.manualMinutes(),
            Db.ts(at),
            outputs == null ? null : json.writeValueAsString(outputs))
        .update();
  }

  private JobInfo jobInfo(long jobId) {
    JobInfo info = jobs.get(jobId);
    if (info == null) {
      info =
          jdbc.sql(
                  "SELECT j.flow_name, v.manual_minutes FROM job j JOIN flow_version v "
                      + "ON v.flow_name = j.flow_name AND v.version = j.flow_version WHERE j.id = ?")
              .param(jobId)
              .query((rs, n) -> new JobInfo(rs.getString(1), rs.getDouble(2)))
              .optional()
              .orElse(new JobInfo(null, 0));
      if (jobs.size() > 10_000) {
        jobs.clear();
      }
      jobs.put(jobId, info);
    }
    return info;
  }

  ItemView get(long id, boolean withHistory) {
    ItemView item =
        jdbc.sql("SELECT * FROM queue_item WHERE id = ?")
            .param(id)
            .query(this::view)
            .optional()
            .orElseThrow(() -> NotFoundException.of("队列项", "queue item", id));
    if (!withHistory) {
      return item;
    }
    List<ItemView.HistoryEntry> history =
        jdbc.sql("SELECT * FROM queue_item_history WHERE item_id = ? ORDER BY id")
            .param(id)
            .query(
                (rs, n) ->
                    new ItemView.HistoryEntry(
                        rs.getString("from_status") == null
                            ? null
                            : ItemStatus.valueOf(rs.getString("from_status")),
                        ItemStatus.valueOf(rs.getString("to_status")),
                        Db.instant(rs, "at"),
                        rs.getInt("attempt"),
                        Db.longOrNull(rs, "robot_id"),
                        Db.longOrNull(rs, "job_id"),
                        rs.getString("reason")))
            .list();
    return new ItemView(
        item.id(),
        item.queue(),
        item.reference(),
        item.status(),
        item.priority(),
        item.deadline(),
        item.payload(),
        item.output(),
        item.reason(),
        item.attempts(),
        item.robotId(),
        item.jobId(),
        item.leaseExpiresAt(),
        item.createdAt(),
        item.updatedAt(),
        item.finishedAt(),
        history);
  }

  ItemView view(ResultSet rs, int n) throws SQLException {
    String output = rs.getString("output");
    return new ItemView(
        rs.getLong("id"),
        rs.getString("queue_name"),
        rs.getString("reference"),
        ItemStatus.valueOf(rs.getString("status")),
        rs.getInt("priority"),
        Db.instant(rs, "deadline"),
        json.readValue(rs.getString("payload"), MAP),
        output == null ? null : json.readValue(output, MAP),
        rs.getString("reason"),
        rs.getInt("attempts"),
        Db.longOrNull(rs, "robot_id"),
        Db.longOrNull(rs, "job_id"),
        Db.instant(rs, "lease_expires_at"),
        Db.instant(rs, "created_at"),
        Db.instant(rs, "updated_at"),
        Db.instant(rs, "finished_at"),
        null);
  }

  static String cut(String s) {
    return s == null || s.length() <= 2000 ? s : s.substring(0, 1997) + "...";
  }
}
