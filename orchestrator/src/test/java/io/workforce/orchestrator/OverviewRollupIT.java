package io.workforce.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.testing.AdminApi;
import io.workforce.orchestrator.testing.TestDb;
import io.workforce.orchestrator.testing.TestOrchestrator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The overview read from the rollup tables equals the same figures computed by scanning
 * processed_item, both once the rollup caught up and at once for rows it has not rolled up yet; the
 * trends add per-flow and per-robot series and this month's time saved.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDb.class)
class OverviewRollupIT {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Parameter TestDb db;
  static TestOrchestrator orchestrator;
  static AdminApi admin;

  @BeforeParameterizedClassInvocation
  static void start(TestDb db) {
    orchestrator =
        TestOrchestrator.start(db, Map.of("workforce.overview.rollup-interval", "200ms"));
    admin = orchestrator.admin();
  }

  @AfterParameterizedClassInvocation
  static void stop() {
    orchestrator.close();
  }

  @Test
  void overviewEqualsAFullScanBeforeAndAfterTheRollupCatchesUp() {
    JdbcClient jdbc = orchestrator.jdbc();
    Instant now = orchestrator.clock().instant();
    insert(jdbc, now, 0, 400);
    awaitRolledUp(jdbc);
    assertOverviewMatchesFullScan(jdbc, now);

    // rows the rollup has not seen yet count at once
    insert(jdbc, now, 400, 37);
    assertOverviewMatchesFullScan(jdbc, now);
    awaitRolledUp(jdbc);
    assertOverviewMatchesFullScan(jdbc, now);

    JsonNode trends = admin.get("/api/v1/overview/trends").expect(200).json();
    assertThat(trends.get("hours").size()).isEqualTo(24);
    assertThat(trends.get("days").size()).isEqualTo(30);
    long flowItems = 0;
    for (JsonNode f : trends.get("flows")) {
      flowItems += f.get("items").asLong();
    }
    long last30 =
        jdbc.sql("SELECT COUNT(*) FROM processed_item WHERE finished_at >= ?")
            .param(
                Db.ts(LocalDate.ofInstant(now, ZONE).minusDays(29).atStartOfDay(ZONE).toInstant()))
            .query(Long.class)
            .single();
    assertThat(flowItems).isEqualTo(last30);
    long dailyA = 0;
    for (JsonNode s : trends.get("dailyByFlow")) {
      if (s.get("key").asString().equals("flow-a")) {
        for (JsonNode n : s.get("items")) {
          dailyA += n.asLong();
        }
      }
    }
    assertThat(dailyA)
        .isEqualTo(
            jdbc.sql(
                    "SELECT COUNT(*) FROM processed_item WHERE flow_name = 'flow-a' AND finished_at >= ?")
                .param(
                    Db.ts(
                        LocalDate.ofInstant(now, ZONE)
                            .minusDays(29)
                            .atStartOfDay(ZONE)
                            .toInstant()))
                .query(Long.class)
                .single());
    double month =
        jdbc.sql(
                "SELECT COALESCE(SUM(manual_minutes), 0) FROM processed_item WHERE outcome = 'SUCCESSFUL' AND finished_at >= ?")
            .param(
                Db.ts(
                    LocalDate.ofInstant(now, ZONE)
                        .withDayOfMonth(1)
                        .atStartOfDay(ZONE)
                        .toInstant()))
            .query(Double.class)
            .single();
    assertThat(trends.get("month").get("minutesSaved").asDouble()).isEqualTo(month);
  }

  /**
   * {@code count} items, one every 3 hours back from now (some older than 30 days), three flows,
   * two robots.
   */
  private static void insert(JdbcClient jdbc, Instant now, int from, int count) {
    for (int i = from; i < from + count; i++) {
      String outcome =
          i % 9 == 0 ? "BUSINESS_FAILED" : i % 13 == 0 ? "SYSTEM_FAILED" : "SUCCESSFUL";
      jdbc.sql(
              "INSERT INTO processed_item (job_id, flow_name, robot_id, reference, outcome, reason, manual_minutes, finished_at) "
                  + "VALUES (NULL, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              "flow-" + "abc".charAt(i % 3),
              1 + i % 2,
              "R" + i,
              outcome,
              outcome.equals("SUCCESSFUL") ? null : (i % 2 == 0 ? "名称不一致" : "会话超时"),
              2 + i % 3,
              Db.ts(now.minus(Duration.ofMinutes(180L * (i - from) + 7))))
          .update();
    }
  }

  private static void awaitRolledUp(JdbcClient jdbc) {
    long newest = jdbc.sql("SELECT MAX(id) FROM processed_item").query(Long.class).single();
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.sql("SELECT rolled_to FROM overview_rollup_state").query(Long.class).single()
                    >= newest);
  }

  private static void assertOverviewMatchesFullScan(JdbcClient jdbc, Instant now) {
    JsonNode o = admin.get("/api/v1/overview").expect(200).json();
    Instant today = LocalDate.ofInstant(now, ZONE).atStartOfDay(ZONE).toInstant();
    Instant day30 = LocalDate.ofInstant(now, ZONE).minusDays(29).atStartOfDay(ZONE).toInstant();
    assertThat(o.get("items").get("total").asLong()).isEqualTo(count(jdbc, "1 = 1", Instant.EPOCH));
    assertThat(o.get("items").get("totalSuccessful").asLong())
        .isEqualTo(count(jdbc, "outcome = 'SUCCESSFUL'", Instant.EPOCH));
    assertThat(o.get("items").get("today").asLong()).isEqualTo(count(jdbc, "1 = 1", today));
    assertThat(o.get("timeSaved").get("totalMinutes").asDouble())
        .isEqualTo(
            jdbc.sql("SELECT SUM(manual_minutes) FROM processed_item WHERE outcome = 'SUCCESSFUL'")
                .query(Double.class)
                .single());
    long perDay = 0;
    for (JsonNode b : o.get("perDay")) {
      perDay += b.get("items").asLong();
    }
    assertThat(perDay).isEqualTo(count(jdbc, "1 = 1", day30));
    long perHour = 0;
    for (JsonNode b : o.get("perHour")) {
      perHour += b.get("items").asLong();
    }
    assertThat(perHour)
        .isEqualTo(
            count(
                jdbc,
                "1 = 1",
                now.truncatedTo(java.time.temporal.ChronoUnit.HOURS).minus(Duration.ofHours(23))));
    JsonNode top = o.get("topFailureReasons").get(0);
    assertThat(top.get("count").asLong())
        .isEqualTo(
            jdbc.sql("SELECT COUNT(*) FROM processed_item WHERE reason = ? AND finished_at >= ?")
                .params(top.get("reason").asString(), Db.ts(day30))
                .query(Long.class)
                .single());
  }

  private static long count(JdbcClient jdbc, String where, Instant since) {
    return jdbc.sql("SELECT COUNT(*) FROM processed_item WHERE " + where + " AND finished_at >= ?")
        .param(Db.ts(since))
        .query(Long.class)
        .single();
  }
}
