package io.workforce.bench.controlcenter;

import io.workforce.orchestrator.db.Db;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The baseline: the same overview figures computed the straightforward way, by aggregating the
 * whole {@code processed_item} table on every request (what the orchestrator did before the rollup
 * tables).
 */
final class NaiveOverview {

  /**
   * @param total items ever @param successful of which successful @param minutes minutes saved ever
   */
  record Totals(long total, long successful, double minutes) {}

  private NaiveOverview() {}

  static Totals compute(JdbcClient jdbc, Instant now, ZoneId zone) {
    Instant today = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
    Instant day30 = LocalDate.ofInstant(now, zone).minusDays(29).atStartOfDay(zone).toInstant();
    Instant hour24 = now.truncatedTo(ChronoUnit.HOURS).minusSeconds(23 * 3600);
    String sums =
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN outcome = 'SUCCESSFUL' THEN 1 ELSE 0 END), 0), "
            + "COALESCE(SUM(CASE WHEN outcome = 'SUCCESSFUL' THEN manual_minutes ELSE 0 END), 0) FROM processed_item";
    Totals all =
        jdbc.sql(sums)
            .query((rs, n) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getDouble(3)))
            .single();
    jdbc.sql(sums + " WHERE finished_at >= ?")
        .param(Db.ts(today))
        .query((rs, n) -> rs.getLong(1))
        .single();
    jdbc.sql(sums + " WHERE finished_at >= ?")
        .param(Db.ts(day30))
        .query((rs, n) -> rs.getLong(1))
        .single();
    int offset = zone.getRules().getOffset(now).getTotalSeconds();
    for (long[] b : new long[][] {{3600, 0}, {86400, offset}}) {
      String bucket = "FLOOR((EXTRACT(EPOCH FROM finished_at) + " + b[1] + ") / " + b[0] + ")";
      jdbc.sql(
              "SELECT "
                  + bucket
                  + ", COUNT(*), SUM(CASE WHEN outcome = 'SUCCESSFUL' THEN 1 ELSE 0 END) FROM processed_item "
                  + "WHERE finished_at >= ? GROUP BY "
                  + bucket)
          .param(Db.ts(b[0] == 3600 ? hour24 : day30))
          .query((rs, n) -> 1)
          .list();
    }
    for (String column : new String[] {"flow_name", "robot_id"}) {
      jdbc.sql(
              "SELECT "
                  + column
                  + ", COUNT(*), SUM(CASE WHEN outcome = 'SUCCESSFUL' THEN 1 ELSE 0 END), "
                  + "SUM(CASE WHEN outcome = 'SUCCESSFUL' THEN manual_minutes ELSE 0 END) FROM processed_item WHERE finished_at >= ? "
                  + "GROUP BY "
                  + column)
          .param(Db.ts(day30))
          .query((rs, n) -> 1)
          .list();
    }
    jdbc.sql(
            "SELECT reason, COUNT(*) FROM processed_item WHERE outcome <> 'SUCCESSFUL' AND finished_at >= ? AND reason IS NOT NULL "
                + "GROUP BY reason ORDER BY COUNT(*) DESC LIMIT 10")
        .param(Db.ts(day30))
        .query((rs, n) -> 1)
        .list();
    jdbc.sql("SELECT queue_name, COUNT(*) FROM queue_item GROUP BY queue_name")
        .query((rs, n) -> 1)
        .list();
    return all;
  }
}
