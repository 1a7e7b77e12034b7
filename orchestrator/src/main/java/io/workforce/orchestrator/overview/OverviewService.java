package io.workforce.orchestrator.overview;

import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.orchestrator.db.Db;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Computes the overview in the database (aggregates over indexed time ranges of {@code processed_item}), so
 * that it stays fast with millions of items; the browser only draws.
 */
@Service
public class OverviewService {

  private static final double CLERK_MINUTES_30_DAYS = 22 * 8 * 60;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ZoneId zone;
  private final Duration riskWindow;

  OverviewService(JdbcClient jdbc, Clock clock, WorkforceProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.zone = properties.schedules().timeZone();
    this.riskWindow = properties.dispatch().riskWindow();
  }

  public Overview compute() {
    Instant now = clock.instant();
    Instant today = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
    Instant day30 = LocalDate.ofInstant(now, zone).minusDays(29).atStartOfDay(zone).toInstant();
    Instant hour24 = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(23));
    Totals t = totals(null);
    Totals d = totals(today);
    Totals m = totals(day30);
    return new Overview(now, robots(), new Overview.Items(d.items(), d.ok(), t.items(), t.ok(),
        t.items() == 0 ? 0 : (double) t.ok() / t.items()),
        new Overview.TimeSaved(d.minutes(), t.minutes(), m.minutes(), t.minutes() / 60, m.minutes() / CLERK_MINUTES_30_DAYS),
        buckets(hour24, 3600, 24, 0), buckets(day30, 86400, 30, zone.getRules().getOffset(now).getTotalSeconds()),
        groups("flow_name", day30), groups("robot_id", day30), backlog(), slaRisk(now), reasons(day30));
  }

  private record Totals(long items, long ok, double minutes) {
  }

  private Totals totals(Instant since) {
    String where = since == null ? "" : " WHERE finished_at >= ?";
    var spec = jdbc.sql("SELECT COUNT(*), COALESCE(SUM(CASE WHEN outcome = 'SUCCESSFUL' THEN 1 ELSE 0 END), 0), "
        + "COALESCE(SUM(CASE WHEN outcome = 'SUCCESSFUL' THEN manual_minutes ELSE 0 END), 0) FROM processed_item" + where);
    if (since != null) {
      spec = spec.param(Db.ts(since));
    }
    return spec.query((rs, n) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getDouble(3))).single();
  }

  private Overview.Robots robots() {
    Map<String, Long> byStatus = new HashMap<>();
    jdbc.sql("SELECT status, COUNT(*) FROM robot GROUP BY status").query((rs, n) -> byStatus.put(rs.getString(1), rs.getLong(2))).list();
    long busy = jdbc.sql("SELECT COUNT(DISTINCT j.robot_id) FROM job j JOIN robot r ON r.id = j.robot_id "
        + "WHERE r.status = 'ONLINE' AND j.state IN ('ASSIGNED','RUNNING','STOPPING')").query(Long.class).single();
    long online = byStatus.getOrDefault("ONLINE", 0L);
    return new Overview.Robots(online, busy, online - busy, byStatus.getOrDefault("OFFLINE", 0L));
  }

  /** Items per bucket of {@code seconds}, {@code count} buckets from {@code start}, shifted by a zone offset. */
  private List<Overview.Bucket> buckets(Instant start, long seconds, int count, int offset) {
    Map<Long, long[]> rows = new HashMap<>();
    // the bucket expression is spelled out (numbers from code, not input) so that GROUP BY matches it exactly
    String bucket = "FLOOR((EXTRACT(EPOCH FROM finished_at) + " + offset + ") / " + seconds + ")";
    jdbc.sql("SELECT " + bucket + " AS b, COUNT(*), SUM(CASE WHEN outcome = 'SUCCESSFUL' THEN 1 ELSE 0 END) "
            + "FROM processed_item WHERE finished_at >= ? GROUP BY " + bucket)
        .params(Db.ts(start))
        .query((rs, n) -> rows.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)})).list();
    List<Overview.Bucket> out = new ArrayList<>();
    long first = Math.floorDiv(start.getEpochSecond() + offset, seconds);
    for (int i = 0; i < count; i++) {
      long[] v = rows.getOrDefault(first + i, new long[2]);
      out.add(new Overview.Bucket(Instant.ofEpochSecond((first + i) * seconds - offset), v[0], v[1]));
    }
    return out;
  }

  private List<Overview.Group> groups(String column, Instant since) {
    return jdbc.sql("SELECT " + column + ", COUNT(*), SUM(CASE WHEN outcome = 'SUCCESSFUL' THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN outcome = 'SUCCESSFUL' THEN manual_minutes ELSE 0 END) FROM processed_item "
            + "WHERE finished_at >= ? AND " + column + " IS NOT NULL GROUP BY " + column + " ORDER BY COUNT(*) DESC")
        .param(Db.ts(since))
        .query((rs, n) -> new Overview.Group(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4))).list();
  }

  private List<Overview.Backlog> backlog() {
    return jdbc.sql("SELECT q.name, SUM(CASE WHEN i.status = 'NEW' OR (i.status = 'SYSTEM_FAILED' AND i.attempts < q.max_attempts) "
            + "THEN 1 ELSE 0 END), SUM(CASE WHEN i.status = 'IN_PROGRESS' THEN 1 ELSE 0 END) FROM work_queue q "
            + "LEFT JOIN queue_item i ON i.queue_name = q.name GROUP BY q.name ORDER BY q.name")
        .query((rs, n) -> new Overview.Backlog(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
  }

  private Overview.SlaRisk slaRisk(Instant now) {
    Instant soon = now.plus(riskWindow);
    long items = jdbc.sql("SELECT COUNT(*) FROM queue_item i JOIN work_queue q ON q.name = i.queue_name "
            + "WHERE i.status IN ('NEW','IN_PROGRESS','SYSTEM_FAILED') AND i.finished_at IS NULL AND (i.deadline < ? "
            + "OR (q.sla_minutes IS NOT NULL AND EXTRACT(EPOCH FROM i.created_at) < ? - q.sla_minutes * 60))")
        .params(Db.ts(soon), now.getEpochSecond()).query(Long.class).single();
    long jobs = jdbc.sql("SELECT COUNT(*) FROM job WHERE state IN ('PENDING','ASSIGNED','RUNNING') AND deadline < ?")
        .param(Db.ts(soon)).query(Long.class).single();
    return new Overview.SlaRisk(items, jobs);
  }

  private List<Overview.Reason> reasons(Instant since) {
    return jdbc.sql("SELECT reason, COUNT(*) FROM processed_item WHERE outcome <> 'SUCCESSFUL' AND finished_at >= ? "
            + "AND reason IS NOT NULL GROUP BY reason ORDER BY COUNT(*) DESC, reason LIMIT 10")
        .param(Db.ts(since)).query((rs, n) -> new Overview.Reason(rs.getString(1), rs.getLong(2))).list();
  }
}
