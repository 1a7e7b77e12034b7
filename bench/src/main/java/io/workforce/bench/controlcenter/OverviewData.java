package io.workforce.bench.controlcenter;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills an orchestrator database with a big operation's history in a few SQL statements (row
 * generators in the database, not a million round trips): flows, robots, {@code runs} jobs and
 * {@code items} processed items over the last 60 days, and as many queue items, almost all
 * finished.
 */
final class OverviewData {

  static final int FLOWS = 12;
  static final int ROBOTS = 80;
  static final String[] REASONS = {
    "企业名称与登记系统不一致",
    "统一社会信用代码校验位错误",
    "出生日期与儿童身份证号不符",
    "该儿童已受理",
    "登记系统会话超时",
    "受理系统返回 502",
    "地址无法匹配行政区划",
    "金额超出上限"
  };

  private OverviewData() {}

  /** Row numbers 1..n: H2's SYSTEM_RANGE or PostgreSQL's generate_series. */
  private static String range(boolean postgres, long n) {
    return postgres
        ? "generate_series(1, " + n + ") AS r(x)"
        : "SYSTEM_RANGE(1, " + n + ") AS r(x)";
  }

  /** An instant {@code secondsExpr} seconds before {@code now}, as SQL. */
  private static String before(boolean postgres, Instant now, String secondsExpr) {
    String t = "TIMESTAMP WITH TIME ZONE '" + now.truncatedTo(ChronoUnit.SECONDS) + "'";
    return postgres
        ? "(" + t + " - (" + secondsExpr + ") * INTERVAL '1 second')"
        : "DATEADD(SECOND, -(" + secondsExpr + "), " + t + ")";
  }

  static void fill(JdbcClient jdbc, boolean postgres, Instant now, int runs, int items) {
    String ts = "TIMESTAMP WITH TIME ZONE '" + now.truncatedTo(ChronoUnit.SECONDS) + "'";
    for (int f = 1; f <= FLOWS; f++) {
      String name = "flow-" + f;
      jdbc.sql(
              "INSERT INTO flow (name, live_version, created_at, updated_at) VALUES (?, 1, "
                  + ts
                  + ", "
                  + ts
                  + ")")
          .param(name)
          .update();
      jdbc.sql(
              "INSERT INTO flow_version (flow_name, version, content_hash, source, source_name, description, manual_minutes, "
                  + "descriptor, published_at, published_by) VALUES (?, 1, 'x', 'flow: x', 'x.yaml', 'bench', ?, '{}', "
                  + ts
                  + ", 'bench')")
          .params(name, 3 + f % 5)
          .update();
    }
    jdbc.sql(
            "INSERT INTO robot (name, token_hash, hostname, capabilities, status, activity, enrolled_at, last_heartbeat_at) "
                + "SELECT 'robot-' || x, 'hash-' || x, 'host', '{}', CASE WHEN MOD(x, 10) = 0 THEN 'OFFLINE' ELSE 'ONLINE' END, 'IDLE', "
                + before(postgres, now, "5184000")
                + ", "
                + ts
                + " FROM "
                + range(postgres, ROBOTS))
        .update();
    long firstRobot = jdbc.sql("SELECT MIN(id) FROM robot").query(Long.class).single();
    // runs: one every ~52 s over 60 days, each 2–10 minutes long
    long spanRuns = 60L * 86400 / runs;
    jdbc.sql(
            "INSERT INTO job (flow_name, flow_version, state, priority, systems, inputs, started_by, robot_id, created_at, "
                + "assigned_at, started_at, finished_at) SELECT 'flow-' || (MOD(x, "
                + FLOWS
                + ") + 1), 1, 'SUCCEEDED', 5, '{}', '{}', "
                + "'bench', "
                + firstRobot
                + " + MOD(x, "
                + ROBOTS
                + "), "
                + before(postgres, now, "x * " + spanRuns + " + 600")
                + ", "
                + before(postgres, now, "x * " + spanRuns + " + 590")
                + ", "
                + before(postgres, now, "x * " + spanRuns + " + 590")
                + ", "
                + before(postgres, now, "x * " + spanRuns + " + 590 - 120 - MOD(x * 37, 480)")
                + " FROM "
                + range(postgres, runs))
        .update();
    jdbc.sql(
            "INSERT INTO work_queue (name, description, max_attempts, lease_seconds, sla_minutes, created_at) VALUES "
                + "('registrations', 'bench', 3, 300, 240, "
                + ts
                + ")")
        .update();
    // queue items: all but the newest 2,000 finished
    long spanItems = 60L * 86400 / items;
    jdbc.sql(
            "INSERT INTO queue_item (queue_name, reference, status, priority, payload, attempts, created_at, updated_at, finished_at) "
                + "SELECT 'registrations', 'R' || x, CASE WHEN x <= 2000 THEN 'NEW' ELSE 'SUCCESSFUL' END, 5, '{}', 1, "
                + before(postgres, now, "x * " + spanItems)
                + ", "
                + before(postgres, now, "x * " + spanItems)
                + ", "
                + "CASE WHEN x <= 2000 THEN NULL ELSE "
                + before(postgres, now, "x * " + spanItems)
                + " END FROM "
                + range(postgres, items))
        .update();
    // processed items: 92 % successful, 5 % business failures, 3 % system failures, over 60 days
    StringBuilder reason = new StringBuilder("CASE MOD(x, 8)");
    for (int i = 0; i < REASONS.length; i++) {
      reason.append(" WHEN ").append(i).append(" THEN '").append(REASONS[i]).append('\'');
    }
    reason.append(" END");
    jdbc.sql(
            "INSERT INTO processed_item (job_id, flow_name, robot_id, reference, outcome, reason, manual_minutes, finished_at) "
                + "SELECT MOD(x, "
                + runs
                + ") + 1, 'flow-' || (MOD(x, "
                + FLOWS
                + ") + 1), "
                + firstRobot
                + " + MOD(x, "
                + ROBOTS
                + "), "
                + "'R' || x, CASE WHEN MOD(x, 100) < 92 THEN 'SUCCESSFUL' WHEN MOD(x, 100) < 97 THEN 'BUSINESS_FAILED' ELSE 'SYSTEM_FAILED' END, "
                + "CASE WHEN MOD(x, 100) < 92 THEN NULL ELSE "
                + reason
                + " END, 3 + MOD(MOD(x, "
                + FLOWS
                + ") + 1, 5), "
                + before(postgres, now, "x * " + spanItems + " + MOD(x, 7)")
                + " FROM "
                + range(postgres, items))
        .update();
  }
}
