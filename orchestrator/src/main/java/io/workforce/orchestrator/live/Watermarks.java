package io.workforce.orchestrator.live;

import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.job.JobStateMachine;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The newest row ids of the append-only tables plus a fingerprint of the robots' states: comparing
 * two of them tells what changed, on any orchestrator node, with a few index lookups.
 */
record Watermarks(
    long jobHistory, long jobEvent, long processed, long queueHistory, String robots) {

  private static final int MAX_LISTED = 200;

  static Watermarks read(JdbcClient jdbc) {
    return new Watermarks(
        max(jdbc, "job_history"),
        max(jdbc, "job_event"),
        max(jdbc, "processed_item"),
        max(jdbc, "queue_item_history"),
        String.join(
                ";",
                jdbc.sql(
                        "SELECT r.status, r.activity, COUNT(*) FROM robot r GROUP BY r.status, r.activity "
                            + "ORDER BY r.status, r.activity")
                    .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "=" + rs.getLong(3))
                    .list())
            + ";"
            + jdbc.sql(
                    "SELECT COUNT(*) FROM job WHERE state IN " + Db.in(JobStateMachine.ON_A_ROBOT))
                .query(Long.class)
                .single());
  }

  LiveChange since(Watermarks old, JdbcClient jdbc, Instant now) {
    List<LiveChange.JobChange> jobs =
        jobHistory == old.jobHistory
            ? List.of()
            : jdbc.sql(
                    "SELECT j.id, j.flow_name, j.state, j.started_by FROM job j WHERE j.id IN "
                        + "(SELECT h.job_id FROM job_history h WHERE h.id > ? AND h.id <= ?) ORDER BY j.id LIMIT "
                        + MAX_LISTED)
                .params(old.jobHistory, jobHistory)
                .query(
                    (rs, n) ->
                        new LiveChange.JobChange(
                            rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    List<LiveChange.Progress> progress =
        jobEvent == old.jobEvent
            ? List.of()
            : jdbc.sql(
                    "SELECT e.job_id, MAX(e.seq), MIN(j.started_by) FROM job_event e JOIN job j ON j.id = e.job_id "
                        + "WHERE e.id > ? AND e.id <= ? GROUP BY e.job_id ORDER BY e.job_id LIMIT "
                        + MAX_LISTED)
                .params(old.jobEvent, jobEvent)
                .query(
                    (rs, n) ->
                        new LiveChange.Progress(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
    return new LiveChange(
        now,
        jobs,
        progress,
        Math.max(0, processed - old.processed),
        !robots.equals(old.robots),
        queueHistory != old.queueHistory);
  }

  private static long max(JdbcClient jdbc, String table) {
    return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM " + table).query(Long.class).single();
  }
}
