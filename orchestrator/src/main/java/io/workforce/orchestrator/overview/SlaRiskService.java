package io.workforce.orchestrator.overview;

import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.job.JobStateMachine;
import io.workforce.orchestrator.queue.AtRisk;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Lists what the SLA-risk card counts ({@link AtRisk}), with when each item is expected to finish:
 * its place in its queue's line times the queue's recent pace. Reads only unfinished items (the
 * status index) and the last day's processed items (the time index).
 */
@Service
class SlaRiskService {

  /** The most items listed; the count covers all of them. */
  static final int LIMIT = 500;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration riskWindow;

  SlaRiskService(JdbcClient jdbc, Clock clock, WorkforceProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.riskWindow = properties.dispatch().riskWindow();
  }

  SlaRiskList list() {
    Instant now = clock.instant();
    Map<String, Duration> perPlace = pace(now);
    // the line of each queue: items in progress first, then the order robots claim in
    String line =
        "SELECT i.id, i.reference, i.queue_name, i.status, i.deadline, i.created_at, i.robot_id, i.finished_at,"
            + " q.sla_minutes, ROW_NUMBER() OVER (PARTITION BY i.queue_name ORDER BY"
            + " CASE WHEN i.status = 'IN_PROGRESS' THEN 0 ELSE 1 END, i.priority DESC, i.deadline NULLS LAST, i.id) AS place"
            + " FROM queue_item i JOIN work_queue q ON q.name = i.queue_name WHERE "
            + AtRisk.UNFINISHED.formatted("i");
    List<SlaRiskList.Item> items =
        new ArrayList<>(
            jdbc.sql(
                    "SELECT x.*, r.name AS robot_name FROM ("
                        + line
                        + ") x LEFT JOIN robot r ON r.id = x.robot_id AND x.status = 'IN_PROGRESS' WHERE "
                        + AtRisk.condition("x", "x")
                        + " ORDER BY x.id LIMIT "
                        + LIMIT)
                .params(AtRisk.params(now, riskWindow))
                .query(
                    (rs, n) -> {
                      long place = rs.getLong("place");
                      Duration each = perPlace.get(rs.getString("queue_name"));
                      return new SlaRiskList.Item(
                          rs.getLong("id"),
                          rs.getString("reference"),
                          rs.getString("queue_name"),
                          rs.getString("status"),
                          AtRisk.due(
                              Db.instant(rs, "deadline"),
                              Db.instant(rs, "created_at"),
                              Db.integer(rs, "sla_minutes")),
                          each == null ? null : now.plus(each.multipliedBy(place)),
                          place,
                          rs.getString("robot_name"));
                    })
                .list());
    items.sort(
        Comparator.comparing(SlaRiskList.Item::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(SlaRiskList.Item::id));
    long count =
        jdbc.sql(
                "SELECT COUNT(*) FROM queue_item i JOIN work_queue q ON q.name = i.queue_name WHERE "
                    + AtRisk.condition("i", "q"))
            .params(AtRisk.params(now, riskWindow))
            .query(Long.class)
            .single();
    return new SlaRiskList(count, items, jobs(now));
  }

  /**
   * How long one place in each queue's line takes: the last hour's pace, or the last day's when the
   * last hour ended nothing; queues that ended nothing in a day have no pace.
   */
  private Map<String, Duration> pace(Instant now) {
    Map<String, Duration> out = new HashMap<>();
    jdbc.sql(
            "SELECT q.queue_name, SUM(CASE WHEN p.finished_at >= ? THEN 1 ELSE 0 END), COUNT(*) "
                + "FROM processed_item p JOIN queue_item q ON q.id = p.queue_item_id WHERE p.finished_at >= ? "
                + "GROUP BY q.queue_name")
        .params(Db.ts(now.minus(Duration.ofHours(1))), Db.ts(now.minus(Duration.ofHours(24))))
        .query(
            rs -> {
              long hour = rs.getLong(2);
              long day = rs.getLong(3);
              out.put(
                  rs.getString(1),
                  hour > 0
                      ? Duration.ofHours(1).dividedBy(hour)
                      : Duration.ofHours(24).dividedBy(day));
            });
    return out;
  }

  private List<SlaRiskList.Job> jobs(Instant now) {
    return jdbc.sql(
            "SELECT j.id, j.flow_name, j.state, j.deadline, r.name FROM job j LEFT JOIN robot r ON r.id = j.robot_id "
                + "WHERE j.state IN "
                + Db.in(JobStateMachine.HEADING_FOR_ITS_DEADLINE)
                + " AND j.deadline < ? ORDER BY j.deadline, j.id LIMIT "
                + LIMIT)
        .param(Db.ts(now.plus(riskWindow)))
        .query(
            (rs, n) ->
                new SlaRiskList.Job(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    Db.instant(rs, "deadline"),
                    rs.getString(5)))
        .list();
  }
}
