package io.workforce.e2e.controlcenter;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A month of an operation's history written straight into the orchestrator's tables (the API
 * records only what happens now): items the three sample flows processed on working days,
 * 08:00–18:00 Beijing time, by several robots, with the flows' own failure reasons, and the runs
 * that held the robots in the last 24 hours. The overview must add it up exactly as the API does;
 * the docs' screenshots show it.
 */
final class History {

  /** A flow's share of the work, its failure rate and its business failure reasons. */
  private record FlowMix(
      String name, double manualMinutes, int weight, double failureRate, List<String> reasons) {}

  private static final List<FlowMix> FLOWS =
      List.of(
          new FlowMix(
              "sync-registrations",
              6,
              5,
              0.03,
              List.of("企业名称与登记系统不一致", "统一社会信用代码校验位错误", "登记系统会话超时")),
          new FlowMix(
              "enter-from-spreadsheet",
              5,
              3,
              0.08,
              List.of("儿童身份证号校验位错误", "出生日期与儿童身份证号不符", "该儿童已受理")),
          new FlowMix("verify-applications", 4, 2, 0.02, List.of("卫生系统无此儿童记录", "受理系统返回 502")));
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private History() {}

  /** Writes the month before {@code now}; {@code robots} are enrolled robots' ids. */
  static void month(JdbcClient jdbc, Instant now, List<Long> robots) {
    Random random = new Random(2026);
    ZonedDateTime today = now.atZone(BEIJING).toLocalDate().atStartOfDay(BEIJING);
    for (int d = 30; d >= 1; d--) {
      ZonedDateTime day = today.minusDays(d);
      boolean workday = day.getDayOfWeek().getValue() <= 5;
      int items = workday ? 150 + random.nextInt(90) : 10 + random.nextInt(20);
      for (int i = 0; i < items; i++) {
        Instant at = day.plusHours(8).plusSeconds(random.nextInt(10 * 3600)).toInstant();
        item(jdbc, random, at, robots.get(random.nextInt(robots.size())));
      }
    }
    // today until now: the hours that already passed, at the pace of a working day
    for (Instant at = today.plusHours(8).toInstant();
        at.isBefore(now.minusSeconds(600));
        at = at.plusSeconds(150 + random.nextInt(120))) {
      item(jdbc, random, at, robots.get(random.nextInt(robots.size())));
    }
    for (int r = 0; r < robots.size(); r++) {
      // robots that worked the month were enrolled before it (utilisation counts time since
      // enrolment)
      jdbc.sql("UPDATE robot SET enrolled_at = ? WHERE id = ?")
          .params(
              OffsetDateTime.ofInstant(today.minusDays(45).toInstant(), ZoneOffset.UTC),
              robots.get(r))
          .update();
      busy(jdbc, now, robots.get(r), 0.25 + 0.1 * r);
    }
  }

  private static void item(JdbcClient jdbc, Random random, Instant at, long robot) {
    FlowMix flow = pick(random);
    boolean failed = random.nextDouble() < flow.failureRate();
    boolean system = failed && random.nextInt(4) == 0;
    jdbc.sql(
            "INSERT INTO processed_item (flow_name, robot_id, reference, outcome, reason, manual_minutes, finished_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            flow.name(),
            robot,
            "H" + at.getEpochSecond(),
            failed ? (system ? "SYSTEM_FAILED" : "BUSINESS_FAILED") : "SUCCESSFUL",
            failed
                ? (system ? "登记系统会话超时" : flow.reasons().get(random.nextInt(flow.reasons().size())))
                : null,
            flow.manualMinutes(),
            OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        .update();
  }

  private static FlowMix pick(Random random) {
    int total = FLOWS.stream().mapToInt(FlowMix::weight).sum();
    int n = random.nextInt(total);
    for (FlowMix f : FLOWS) {
      n -= f.weight();
      if (n < 0) {
        return f;
      }
    }
    return FLOWS.get(0);
  }

  /** Runs that kept a robot busy for {@code share} of the last 24 hours, in two-hour slots. */
  private static void busy(JdbcClient jdbc, Instant now, long robot, double share) {
    for (int slot = 1; slot <= 11; slot++) {
      Instant start = now.minus(Duration.ofHours(2L * slot + 1));
      Instant end = start.plus(Duration.ofMinutes(Math.round(120 * Math.min(share, 0.95))));
      OffsetDateTime s = OffsetDateTime.ofInstant(start, ZoneOffset.UTC);
      jdbc.sql(
              "INSERT INTO job (flow_name, flow_version, state, priority, systems, inputs, started_by, robot_id, created_at, "
                  + "assigned_at, started_at, finished_at) VALUES ('sync-registrations', 1, 'SUCCEEDED', 5, '{}', '{}', 'schedule', ?, ?, ?, ?, ?)")
          .params(robot, s, s, s, OffsetDateTime.ofInstant(end, ZoneOffset.UTC))
          .update();
    }
  }
}
