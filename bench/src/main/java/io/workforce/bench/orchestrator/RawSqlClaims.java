package io.workforce.bench.orchestrator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The baseline of the queue benchmark: the statements the orchestrator runs for one claim and one
 * complete on PostgreSQL ({@code ItemWork.claim}/{@code complete}: job check, {@code FOR UPDATE
 * SKIP LOCKED}, take, read the row, history; then finish, read, history, processed-item fact), each
 * as one transaction over plain JDBC with statements prepared once. What is left between this and
 * the API is HTTP, JSON, Spring and the connection pool. Keep it in step with {@code ItemWork} when
 * that changes.
 */
final class RawSqlClaims implements AutoCloseable {

  private final Connection c;
  private final String queue;
  private final int maxAttempts;
  private final int leaseSeconds;
  private final long robotId;
  private final long jobId;
  private final String flowName;
  private final double manualMinutes;
  private final PreparedStatement checkJob;
  private final PreparedStatement select;
  private final PreparedStatement take;
  private final PreparedStatement read;
  private final PreparedStatement history;
  private final PreparedStatement finish;
  private final PreparedStatement processed;

  RawSqlClaims(Connection c, String queue, long robotId, long jobId) throws SQLException {
    this.c = c;
    this.queue = queue;
    this.robotId = robotId;
    this.jobId = jobId;
    c.setAutoCommit(false);
    try (PreparedStatement q =
            c.prepareStatement(
                "SELECT max_attempts, lease_seconds FROM work_queue WHERE name = ?");
        PreparedStatement j =
            c.prepareStatement(
                "SELECT j.flow_name, v.manual_minutes FROM job j JOIN flow_version v "
                    + "ON v.flow_name = j.flow_name AND v.version = j.flow_version WHERE j.id = ?")) {
      // the server caches both per queue and per job: read once here as well
      q.setString(1, queue);
      ResultSet rs = one(q.executeQuery(), "queue " + queue);
      maxAttempts = rs.getInt(1);
      leaseSeconds = rs.getInt(2);
      j.setLong(1, jobId);
      rs = one(j.executeQuery(), "job " + jobId);
      flowName = rs.getString(1);
      manualMinutes = rs.getDouble(2);
      c.commit();
    }
    checkJob =
        c.prepareStatement(
            "SELECT COUNT(*) FROM job WHERE id = ? AND robot_id = ? AND state IN ('ASSIGNED','RUNNING')");
    select =
        c.prepareStatement(
            "SELECT id FROM queue_item WHERE queue_name = ? AND status IN ('NEW','SYSTEM_FAILED') "
                + "AND attempts < ? ORDER BY priority DESC, deadline NULLS LAST, id LIMIT 1 FOR UPDATE SKIP LOCKED");
    take =
        c.prepareStatement(
            "UPDATE queue_item SET status = 'IN_PROGRESS', attempts = attempts + 1, robot_id = ?, "
                + "job_id = ?, lease_expires_at = ?, reason = NULL, updated_at = ? WHERE id = ? AND status IN ('NEW','SYSTEM_FAILED')");
    read = c.prepareStatement("SELECT * FROM queue_item WHERE id = ?");
    history =
        c.prepareStatement(
            "INSERT INTO queue_item_history (item_id, at, from_status, to_status, attempt, robot_id, "
                + "job_id, reason) VALUES (?,?,?,?,?,?,?,?)");
    finish =
        c.prepareStatement(
            "UPDATE queue_item SET status = 'SUCCESSFUL', output = ?, reason = NULL, "
                + "lease_expires_at = NULL, finished_at = ?, updated_at = ? WHERE id = ? AND status = 'IN_PROGRESS' AND robot_id = ?");
    processed =
        c.prepareStatement(
            "INSERT INTO processed_item (job_id, flow_name, robot_id, queue_item_id, reference, "
                + "outcome, reason, manual_minutes, finished_at) VALUES (?,?,?,?,?,?,?,?,?)");
  }

  /**
   * Claims the next item and completes it, in two transactions; false when the queue had none
   * ready.
   */
  boolean claimAndComplete() throws SQLException {
    long id = claim();
    if (id < 0) {
      return false;
    }
    complete(id);
    return true;
  }

  private long claim() throws SQLException {
    OffsetDateTime now = now();
    checkJob.setLong(1, jobId);
    checkJob.setLong(2, robotId);
    if (one(checkJob.executeQuery(), "job check").getInt(1) == 0) {
      throw new IllegalStateException("job " + jobId + " is not running on robot " + robotId);
    }
    select.setString(1, queue);
    select.setInt(2, maxAttempts);
    long id;
    try (ResultSet rs = select.executeQuery()) {
      if (!rs.next()) {
        c.commit();
        return -1;
      }
      id = rs.getLong(1);
    }
    take.setLong(1, robotId);
    take.setLong(2, jobId);
    take.setObject(3, now.plusSeconds(leaseSeconds));
    take.setObject(4, now);
    take.setLong(5, id);
    take.executeUpdate();
    int attempts = readRow(id).getInt("attempts");
    history(id, attempts > 1 ? "SYSTEM_FAILED" : "NEW", "IN_PROGRESS", attempts, now);
    c.commit();
    return id;
  }

  private void complete(long id) throws SQLException {
    OffsetDateTime now = now();
    finish.setString(1, "{\"receipt\":\"R-" + id + "\"}");
    finish.setObject(2, now);
    finish.setObject(3, now);
    finish.setLong(4, id);
    finish.setLong(5, robotId);
    if (finish.executeUpdate() != 1) {
      throw new IllegalStateException("item " + id + " was not held by robot " + robotId);
    }
    ResultSet row = readRow(id);
    int attempts = row.getInt("attempts");
    String reference = row.getString("reference");
    history(id, "IN_PROGRESS", "SUCCESSFUL", attempts, now);
    processed.setLong(1, jobId);
    processed.setString(2, flowName);
    processed.setLong(3, robotId);
    processed.setLong(4, id);
    processed.setString(5, reference);
    processed.setString(6, "SUCCESSFUL");
    processed.setString(7, null);
    processed.setDouble(8, manualMinutes);
    processed.setObject(9, now);
    processed.executeUpdate();
    c.commit();
  }

  private ResultSet readRow(long id) throws SQLException {
    read.setLong(1, id);
    return one(read.executeQuery(), "item " + id);
  }

  private void history(long id, String from, String to, int attempt, OffsetDateTime at)
      throws SQLException {
    history.setLong(1, id);
    history.setObject(2, at);
    history.setString(3, from);
    history.setString(4, to);
    history.setInt(5, attempt);
    history.setLong(6, robotId);
    history.setLong(7, jobId);
    history.setString(8, null);
    history.executeUpdate();
  }

  private static ResultSet one(ResultSet rs, String what) throws SQLException {
    if (!rs.next()) {
      throw new IllegalStateException(what + " not found");
    }
    return rs;
  }

  private static OffsetDateTime now() {
    return Instant.now().atOffset(ZoneOffset.UTC);
  }

  @Override
  public void close() throws SQLException {
    c.close();
  }
}
