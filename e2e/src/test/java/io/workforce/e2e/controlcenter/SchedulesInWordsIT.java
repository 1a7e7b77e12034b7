package io.workforce.e2e.controlcenter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The schedules page says when each schedule runs in words (Chinese and English) beside its cron
 * expression, and its next run in the schedule's own time zone (here Berlin, while the browser is
 * in Shanghai).
 */
class SchedulesInWordsIT extends BrowserTest {

  static final String FLOW = "sched-words-flow";
  static final String UNSERVED_POOL = "sched-words-no-robot";

  @BeforeAll
  static void schedulesInTwoZones() {
    admin.post("/api/v1/flows", Map.of("source", flow())).expect(201);
    schedule("words-weekdays", "0 30 9 ? * MON-FRI", "Europe/Berlin");
    schedule("words-quarter", "0 */15 * * * ?", "Asia/Shanghai");
    schedule("words-monthly", "0 0 2 L * ?", "Asia/Shanghai");
  }

  static void schedule(String name, String cron, String zone) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("kind", "CRON");
    body.put("flow", FLOW);
    body.put("cron", cron);
    body.put("timeZone", zone);
    // the orchestrator is shared with the other control-center tests: a firing of these (one runs
    // every 15 minutes) must not hand a robot of theirs a job they did not start
    body.put("pool", UNSERVED_POOL);
    admin.post("/api/v1/schedules", body).expect(201);
  }

  @AfterAll
  static void schedulesPausedAndTheirJobsStopped() {
    for (JsonNode s : admin.get("/api/v1/schedules").expect(200).json()) {
      if (s.get("name").asString().startsWith("words-")) {
        admin.post("/api/v1/schedules/" + s.get("id").asLong() + "/pause", Map.of()).expect(200);
      }
    }
    for (JsonNode j : admin.get("/api/v1/jobs?state=PENDING&size=100").expect(200).json()) {
      if (UNSERVED_POOL.equals(j.path("pool").asString())) {
        admin.post("/api/v1/jobs/" + j.get("id").asLong() + "/stop", Map.of()).expect(200);
      }
    }
  }

  static String flow() {
    return """
        flow: %s
        version: 1
        description: 计划说明
        systems:
          portal:
            url: http://127.0.0.1:9/
            login:
              - open: { system: portal, path: /login }
        input:
          form:
            - { name: code, label: 编号, type: text, required: false }
        steps:
          - open: { system: portal, path: /case }
        """
        .formatted(FLOW);
  }

  @Test
  void eachScheduleSaysWhenInWordsAndItsNextRunInItsOwnZone() {
    login(Orchestrator.ADMIN, Orchestrator.ADMIN_PASSWORD);
    open("#/schedules");
    Locator rows = page.locator("[data-table=schedules] tbody tr");
    assertThat(row(rows, "words-weekdays")).containsText("每周一至周五 09:30");
    assertThat(row(rows, "words-weekdays")).containsText("0 30 9 ? * MON-FRI");
    assertThat(row(rows, "words-quarter")).containsText("每 15 分钟");
    assertThat(row(rows, "words-monthly")).containsText("每月最后一天 02:00");
    assertThat(page.locator("[data-next=words-weekdays]"))
        .containsText(nextRun("words-weekdays") + " （Europe/Berlin 时间）");
    Screens.save(page, "control-center-schedules-in-words");

    page.locator("[data-action=lang]").click();
    assertThat(row(rows, "words-weekdays")).containsText("Monday to Friday, 09:30");
    assertThat(row(rows, "words-quarter")).containsText("every 15 minutes");
    assertThat(row(rows, "words-monthly")).containsText("on the last day of the month, 02:00");
    assertThat(page.locator("[data-next=words-weekdays]"))
        .containsText(nextRun("words-weekdays") + " (Europe/Berlin time)");
  }

  @Test
  void theDescriberNamesOnlyWhatItUnderstands() {
    login(Orchestrator.ADMIN, Orchestrator.ADMIN_PASSWORD);
    open("#/schedules");
    @SuppressWarnings("unchecked")
    List<Object> words =
        (List<Object>)
            page.evaluate(
                "async list => { const m = await import('/app/cron.js');"
                    + " return list.map(c => m.cronInWords(c)); }",
                List.of(
                    "0 0 2 * * ?",
                    "0 0 8,12,18 ? * SAT,SUN",
                    "0 0 9 1,15 * ?",
                    "0 0 6 1 JAN,JUL ?",
                    "0 0/30 8-17 ? * 2-6",
                    "15 10 7 * * ?",
                    "0 0 9 ? * 6#3",
                    "0 0 9 W * ?",
                    "not a cron"));
    assertThat(words)
        .containsExactly(
            "每天 02:00",
            "每周六、周日 08:00、12:00、18:00",
            "每月 1、15 日 09:00",
            "1 月、7 月的每月 1 日 06:00",
            "每周一至周五 08:00 至 17:59 每 30 分钟",
            "每天 07:10:15",
            null,
            null,
            null);
  }

  private static Locator row(Locator rows, String name) {
    return rows.filter(new Locator.FilterOptions().setHasText(name));
  }

  private static String nextRun(String name) {
    for (JsonNode s : admin.get("/api/v1/schedules").expect(200).json()) {
      if (s.get("name").asString().equals(name)) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/Berlin"))
            .format(Instant.parse(s.get("nextFireTime").asString()));
      }
    }
    throw new AssertionError("no schedule " + name);
  }
}
