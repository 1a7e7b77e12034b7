package io.workforce.orchestrator.overview;

import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.orchestrator.db.Db;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a {@link Snapshot}: the rollup tables plus the processed items not rolled up yet. A rollup
 * pass that commits while the tables are read would count its rows twice (in the rollups and in the
 * tail), and not every database's repeatable read is a snapshot (H2 lets new rows appear), so the
 * read is checked instead: it counts only if {@code rolled_to} is the same before and after, and is
 * done again otherwise.
 */
@Component
class RollupReader {

  /**
   * Reasons read from the rollup before the newest rows are added; the overview shows the top 10.
   */
  private static final int REASONS = 50;

  /** Passes run seconds apart: a second read practically never meets one again. */
  private static final int MAX_ATTEMPTS = 5;

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final ZoneId zone;

  RollupReader(
      JdbcClient jdbc, PlatformTransactionManager transactions, WorkforceProperties properties) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.tx.setReadOnly(true);
    this.zone = properties.schedules().timeZone();
  }

  Snapshot read(long firstDay, long firstHour) {
    for (int attempt = 1; ; attempt++) {
      long before = rolledTo();
      Snapshot s = tx.execute(status -> read(before, firstDay, firstHour));
      if (rolledTo() == before || attempt == MAX_ATTEMPTS) {
        return s;
      }
    }
  }

  private long rolledTo() {
    return jdbc.sql("SELECT rolled_to FROM overview_rollup_state WHERE id = 1")
        .query(Long.class)
        .single();
  }

  private Snapshot read(long rolledTo, long firstDay, long firstHour) {
    Map<Fact.Key, Counts> days = facts("item_rollup_day", "day_no", firstDay);
    Map<Fact.Key, Counts> hours = facts("item_rollup_hour", "hour_no", firstHour);
    Counts older =
        jdbc.sql(
                "SELECT COALESCE(SUM(items), 0), COALESCE(SUM(successful), 0), COALESCE(SUM(business_failed), 0), "
                    + "COALESCE(SUM(system_failed), 0), COALESCE(SUM(minutes_saved), 0) FROM item_rollup_day WHERE day_no < ?")
            .param(firstDay)
            .query(
                (rs, n) ->
                    new Counts(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getDouble(5)))
            .single();
    Map<String, Long> reasons = new HashMap<>();
    jdbc.sql(
            "SELECT reason_hash, MIN(reason), SUM(failures) FROM failure_rollup_day WHERE day_no >= ? "
                + "GROUP BY reason_hash ORDER BY SUM(failures) DESC LIMIT "
                + REASONS)
        .param(firstDay)
        .query(
            rs -> {
              reasons.merge(rs.getString(2), rs.getLong(3), Long::sum);
            });
    Folding tail = tail(rolledTo);
    tail.days()
        .forEach(
            (k, c) -> {
              if (k.bucket() >= firstDay) {
                days.merge(k, c, Counts::plus);
              }
            });
    Counts olderWithTail =
        tail.days().entrySet().stream()
            .filter(e -> e.getKey().bucket() < firstDay)
            .map(Map.Entry::getValue)
            .reduce(older, Counts::plus);
    tail.hours()
        .forEach(
            (k, c) -> {
              if (k.bucket() >= firstHour) {
                hours.merge(k, c, Counts::plus);
              }
            });
    tail.failures()
        .forEach(
            (k, n) -> {
              if (k.day() >= firstDay) {
                reasons.merge(k.reason(), n, Long::sum);
              }
            });
    return new Snapshot(
        firstDay, list(days), olderWithTail, firstHour, list(hours), sorted(reasons));
  }

  private Map<Fact.Key, Counts> facts(String table, String bucket, long first) {
    Map<Fact.Key, Counts> m = new HashMap<>();
    jdbc.sql(
            "SELECT "
                + bucket
                + ", flow_name, robot_id, items, successful, business_failed, system_failed, minutes_saved "
                + "FROM "
                + table
                + " WHERE "
                + bucket
                + " >= ?")
        .param(first)
        .query(
            rs -> {
              m.put(
                  new Fact.Key(rs.getLong(1), rs.getString(2), rs.getLong(3)),
                  new Counts(
                      rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getDouble(8)));
            });
    return m;
  }

  private Folding tail(long rolledTo) {
    Folding f = new Folding(zone);
    jdbc.sql(
            "SELECT flow_name, robot_id, outcome, reason, manual_minutes, finished_at FROM processed_item WHERE id > ?")
        .param(rolledTo)
        .query(
            rs -> {
              f.add(
                  rs.getString(1),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getDouble(5),
                  Db.instant(rs, "finished_at"));
            });
    return f;
  }

  private static List<Fact> list(Map<Fact.Key, Counts> m) {
    List<Fact> out = new ArrayList<>(m.size());
    m.forEach((k, c) -> out.add(new Fact(k.bucket(), k.flow(), k.robotId(), c)));
    return out;
  }

  private static Map<String, Long> sorted(Map<String, Long> reasons) {
    Map<String, Long> out = new LinkedHashMap<>();
    reasons.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
