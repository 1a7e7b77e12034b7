package io.workforce.orchestrator.overview;

import io.workforce.orchestrator.cluster.ClusterOnce;
import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.orchestrator.db.Db;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the overview's rollup tables up to date: every pass folds the {@code processed_item} rows
 * that the previous pass saw as newest into per-day, per-hour and per-failure-reason counts.
 * Waiting one pass before rolling a row up means a transaction that took an id earlier but
 * committed later is not skipped; the overview reads the rows not rolled up yet itself, so it is
 * exact all the same. The state row is locked for the pass, so with several orchestrator nodes one
 * rolls up at a time.
 */
@Component
class ItemRollup {

  private static final Logger log = LoggerFactory.getLogger(ItemRollup.class);
  private static final int CHUNK = 50_000;

  /** Hour rows older than this are deleted: the overview shows the last 24 hours. */
  private static final long KEEP_HOURS = 7 * 24;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final ZoneId zone;
  private final ClusterOnce once;

  ItemRollup(
      JdbcClient jdbc,
      JdbcTemplate template,
      TransactionTemplate tx,
      Clock clock,
      WorkforceProperties properties,
      ClusterOnce once) {
    this.once = once;
    this.jdbc = jdbc;
    this.template = template;
    this.tx = tx;
    this.clock = clock;
    this.zone = properties.schedules().timeZone();
  }

  @Scheduled(
      fixedDelayString = "${workforce.overview.rollup-interval:5s}",
      initialDelayString = "${workforce.overview.rollup-interval:5s}")
  void scheduled() {
    try {
      once.run( // one node at a time across a cluster
          "overview-rollup",
          () -> {
            long n = catchUp();
            if (n > 10_000) {
              log.info("rolled up {} processed items for the overview", n);
            }
          });
    } catch (RuntimeException e) {
      // the overview stays exact without the rollup (it reads the rows not rolled up); try again
      // next pass
      log.warn("overview rollup failed, will retry: {}", e.toString());
    }
  }

  /** One pass; answers how many processed items it rolled up. */
  long catchUp() {
    Long n = tx.execute(status -> pass());
    return n == null ? 0 : n;
  }

  private long pass() {
    record State(long rolledTo, long candidate, String zone) {}
    State s =
        jdbc.sql(
                "SELECT rolled_to, candidate, zone FROM overview_rollup_state WHERE id = 1 FOR UPDATE")
            .query((rs, n) -> new State(rs.getLong(1), rs.getLong(2), rs.getString(3)))
            .single();
    long rolledTo = s.rolledTo();
    long target = s.candidate();
    if (!zone.getId().equals(s.zone())) {
      // days are local dates: a new time zone means counting again from the start
      jdbc.sql("DELETE FROM item_rollup_day").update();
      jdbc.sql("DELETE FROM item_rollup_hour").update();
      jdbc.sql("DELETE FROM failure_rollup_day").update();
      rolledTo = 0;
      target = 0;
    }
    long done = 0;
    long minHour = clock.instant().getEpochSecond() / 3600 - KEEP_HOURS;
    for (long from = rolledTo; from < target; from = Math.min(target, from + CHUNK)) {
      done += rollRange(from, Math.min(target, from + CHUNK), minHour);
    }
    long newest =
        jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM processed_item").query(Long.class).single();
    jdbc.sql(
            "UPDATE overview_rollup_state SET rolled_to = ?, candidate = ?, zone = ?, updated_at = ? WHERE id = 1")
        .params(Math.max(rolledTo, target), newest, zone.getId(), Db.ts(clock.instant()))
        .update();
    jdbc.sql("DELETE FROM item_rollup_hour WHERE hour_no < ?").param(minHour).update();
    return done;
  }

  private long rollRange(long fromExclusive, long toInclusive, long minHour) {
    Folding f = new Folding(zone);
    long[] rows = {0};
    jdbc.sql(
            "SELECT flow_name, robot_id, outcome, reason, manual_minutes, finished_at FROM processed_item "
                + "WHERE id > ? AND id <= ?")
        .params(fromExclusive, toInclusive)
        .query(
            rs -> {
              rows[0]++;
              Instant at = Db.instant(rs, "finished_at");
              f.add(
                  rs.getString(1),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getDouble(5),
                  at);
            });
    f.hours().keySet().removeIf(k -> k.bucket() < minHour);
    upsert("item_rollup_day", "day_no", f.days());
    upsert("item_rollup_hour", "hour_no", f.hours());
    upsertFailures(f.failures());
    return rows[0];
  }

  private void upsert(String table, String bucketColumn, Map<Fact.Key, Counts> facts) {
    List<Map.Entry<Fact.Key, Counts>> entries = new ArrayList<>(facts.entrySet());
    int[] updated =
        template.batchUpdate(
            "UPDATE "
                + table
                + " SET items = items + ?, successful = successful + ?, "
                + "business_failed = business_failed + ?, system_failed = system_failed + ?, minutes_saved = minutes_saved + ? "
                + "WHERE "
                + bucketColumn
                + " = ? AND flow_name = ? AND robot_id = ?",
            entries.stream()
                .map(
                    e ->
                        new Object[] {
                          e.getValue().items(), e.getValue().successful(),
                              e.getValue().businessFailed(), e.getValue().systemFailed(),
                          e.getValue().minutes(), e.getKey().bucket(), e.getKey().flow(),
                              e.getKey().robotId()
                        })
                .toList());
    List<Object[]> inserts = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (updated[i] == 0) {
        Fact.Key k = entries.get(i).getKey();
        Counts c = entries.get(i).getValue();
        inserts.add(
            new Object[] {
              k.bucket(),
              k.flow(),
              k.robotId(),
              c.items(),
              c.successful(),
              c.businessFailed(),
              c.systemFailed(),
              c.minutes()
            });
      }
    }
    template.batchUpdate(
        "INSERT INTO "
            + table
            + " ("
            + bucketColumn
            + ", flow_name, robot_id, items, successful, "
            + "business_failed, system_failed, minutes_saved) VALUES (?,?,?,?,?,?,?,?)",
        inserts);
  }

  private void upsertFailures(Map<Folding.FailureKey, Long> failures) {
    List<Map.Entry<Folding.FailureKey, Long>> entries = new ArrayList<>(failures.entrySet());
    int[] updated =
        template.batchUpdate(
            "UPDATE failure_rollup_day SET failures = failures + ? "
                + "WHERE day_no = ? AND flow_name = ? AND reason_hash = ?",
            entries.stream()
                .map(
                    e ->
                        new Object[] {
                          e.getValue(), e.getKey().day(), e.getKey().flow(), e.getKey().hash()
                        })
                .toList());
    List<Object[]> inserts = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (updated[i] == 0) {
        Folding.FailureKey k = entries.get(i).getKey();
        inserts.add(
            new Object[] {k.day(), k.flow(), k.hash(), k.reason(), entries.get(i).getValue()});
      }
    }
    template.batchUpdate(
        "INSERT INTO failure_rollup_day (day_no, flow_name, reason_hash, reason, failures) "
            + "VALUES (?,?,?,?,?)",
        inserts);
  }
}
