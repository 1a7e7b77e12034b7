package io.workforce.orchestrator.overview;

import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.job.JobStateMachine;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Robot utilisation over a window: the time each robot held a job (assigned until finished) divided
 * by the time it was enrolled and not retired. Reads only jobs that ended in the window or are
 * still active.
 */
@Component
class Utilisations {

  /** One robot's figures. */
  record Robot(long id, String name, String status, long busySeconds, long availableSeconds) {}

  private final JdbcClient jdbc;

  Utilisations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<Long, Robot> since(Instant since, Instant now) {
    Map<Long, long[]> busy = new HashMap<>();
    jdbc.sql(
            "SELECT robot_id, assigned_at, finished_at FROM job WHERE robot_id IS NOT NULL AND assigned_at IS NOT NULL "
                + "AND finished_at >= ?")
        .param(Db.ts(since))
        .query(
            rs -> {
              add(
                  busy,
                  rs.getLong(1),
                  Db.instant(rs, "assigned_at"),
                  Db.instant(rs, "finished_at"),
                  since,
                  now);
            });
    jdbc.sql(
            "SELECT robot_id, assigned_at FROM job WHERE state IN "
                + Db.in(JobStateMachine.ON_A_ROBOT)
                + " "
                + "AND robot_id IS NOT NULL AND assigned_at IS NOT NULL")
        .query(
            rs -> {
              add(busy, rs.getLong(1), Db.instant(rs, "assigned_at"), now, since, now);
            });
    Map<Long, Robot> out = new LinkedHashMap<>();
    jdbc.sql("SELECT id, name, status, enrolled_at, retired_at FROM robot ORDER BY name")
        .query(
            rs -> {
              long id = rs.getLong("id");
              Instant retired = Db.instant(rs, "retired_at");
              long available =
                  overlap(
                      Db.instant(rs, "enrolled_at"), retired == null ? now : retired, since, now);
              long b = Math.min(available, busy.getOrDefault(id, new long[1])[0]);
              out.put(
                  id, new Robot(id, rs.getString("name"), rs.getString("status"), b, available));
            });
    return out;
  }

  private static void add(
      Map<Long, long[]> busy, long robot, Instant from, Instant to, Instant since, Instant now) {
    busy.computeIfAbsent(robot, k -> new long[1])[0] += overlap(from, to, since, now);
  }

  /** Seconds of [from, to] inside [since, now]. */
  static long overlap(Instant from, Instant to, Instant since, Instant now) {
    long a = Math.max(from.getEpochSecond(), since.getEpochSecond());
    long b = Math.min(to.getEpochSecond(), now.getEpochSecond());
    return Math.max(0, b - a);
  }
}
