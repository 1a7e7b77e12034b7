package io.workforce.orchestrator.overview;

import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.job.JobStateMachine;
import io.workforce.orchestrator.queue.AtRisk;
import io.workforce.orchestrator.queue.ItemStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Computes the overview in the database: item figures from the rollup tables kept by {@link
 * ItemRollup} plus the few processed items not rolled up yet, robots and backlog from indexed
 * queries, so that it stays fast with millions of items; the browser only draws.
 */
@Service
public class OverviewService {

  /** One clerk's working minutes in 30 days (22 working days × 8 hours). */
  static final double CLERK_MINUTES_30_DAYS = 22 * 8 * 60;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ZoneId zone;
  private final Duration riskWindow;
  private final RollupReader rollups;

  OverviewService(
      JdbcClient jdbc, Clock clock, WorkforceProperties properties, RollupReader rollups) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.zone = properties.schedules().timeZone();
    this.riskWindow = properties.dispatch().riskWindow();
    this.rollups = rollups;
  }

  public Overview compute() {
    Window w = Window.at(clock.instant(), zone);
    Snapshot s = rollups.read(w.earliestDay(), w.firstHour());
    Counts total = s.total();
    Counts today = s.days(w.today(), w.today());
    Counts days30 = s.days(w.firstDay(), w.today());
    return new Overview(
        w.now(),
        robots(),
        new Overview.Items(
            today.items(),
            today.successful(),
            total.items(),
            total.successful(),
            total.items() == 0 ? 0 : (double) total.successful() / total.items()),
        new Overview.TimeSaved(
            today.minutes(),
            total.minutes(),
            days30.minutes(),
            total.minutes() / 60,
            days30.minutes() / CLERK_MINUTES_30_DAYS),
        buckets(
            Snapshot.series(s.hours(), w.firstHour(), Window.HOURS, f -> true),
            i -> Window.hourStart(w.firstHour() + i)),
        buckets(
            Snapshot.series(s.days(), w.firstDay(), Window.DAYS, f -> true),
            i -> w.dayStart(w.firstDay() + i)),
        groups(Snapshot.byKey(s.days(), w.firstDay(), Fact::flow), ""),
        groups(Snapshot.byKey(s.days(), w.firstDay(), f -> String.valueOf(f.robotId())), "0"),
        backlog(),
        slaRisk(w.now()),
        s.reasons().entrySet().stream()
            .limit(10)
            .map(e -> new Overview.Reason(e.getKey(), e.getValue()))
            .toList());
  }

  private static List<Overview.Bucket> buckets(
      List<Counts> series, java.util.function.IntFunction<Instant> start) {
    List<Overview.Bucket> out = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      out.add(
          new Overview.Bucket(start.apply(i), series.get(i).items(), series.get(i).successful()));
    }
    return out;
  }

  private static List<Overview.Group> groups(Map<String, Counts> byKey, String none) {
    return byKey.entrySet().stream()
        .filter(e -> !e.getKey().equals(none))
        .map(
            e ->
                new Overview.Group(
                    e.getKey(),
                    e.getValue().items(),
                    e.getValue().successful(),
                    e.getValue().minutes()))
        .toList();
  }

  private Overview.Robots robots() {
    Map<String, Long> byStatus = new HashMap<>();
    jdbc.sql("SELECT status, COUNT(*) FROM robot GROUP BY status")
        .query((rs, n) -> byStatus.put(rs.getString(1), rs.getLong(2)))
        .list();
    long busy =
        jdbc.sql(
                "SELECT COUNT(DISTINCT j.robot_id) FROM job j JOIN robot r ON r.id = j.robot_id "
                    + "WHERE r.status = 'ONLINE' AND j.state IN "
                    + Db.in(JobStateMachine.ON_A_ROBOT))
            .query(Long.class)
            .single();
    long online = byStatus.getOrDefault("ONLINE", 0L);
    return new Overview.Robots(online, busy, online - busy, byStatus.getOrDefault("OFFLINE", 0L));
  }

  private List<Overview.Backlog> backlog() {
    // only unfinished items are read (the status index), never the millions of finished ones
    Map<String, long[]> counts = new HashMap<>();
    jdbc.sql(
            "SELECT i.queue_name, SUM(CASE WHEN i.status = 'NEW' OR (i.status = 'SYSTEM_FAILED' AND i.attempts < q.max_attempts) "
                + "THEN 1 ELSE 0 END), SUM(CASE WHEN i.status = 'IN_PROGRESS' THEN 1 ELSE 0 END) FROM queue_item i "
                + "JOIN work_queue q ON q.name = i.queue_name WHERE i.status IN "
                + Db.in(ItemStatus.OPEN)
                + " "
                + "GROUP BY i.queue_name")
        .query(
            rs -> {
              counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
            });
    return jdbc.sql("SELECT name FROM work_queue ORDER BY name").query(String.class).list().stream()
        .map(
            q -> {
              long[] c = counts.getOrDefault(q, new long[2]);
              return new Overview.Backlog(q, c[0], c[1]);
            })
        .toList();
  }

  private Overview.SlaRisk slaRisk(Instant now) {
    Instant soon = now.plus(riskWindow);
    long items =
        jdbc.sql(
                "SELECT COUNT(*) FROM queue_item i JOIN work_queue q ON q.name = i.queue_name WHERE "
                    + AtRisk.condition("i", "q"))
            .params(AtRisk.params(now, riskWindow))
            .query(Long.class)
            .single();
    long jobs =
        jdbc.sql(
                "SELECT COUNT(*) FROM job WHERE state IN "
                    + Db.in(JobStateMachine.HEADING_FOR_ITS_DEADLINE)
                    + " AND deadline < ?")
            .param(Db.ts(soon))
            .query(Long.class)
            .single();
    return new Overview.SlaRisk(items, jobs);
  }
}
