package io.workforce.e2e.controlcenter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An administrator's pages, each used through its dialogs as a person would: users, roles and
 * groups; credentials whose secrets are write-only; enrolment keys shown once; schedules; a flow's
 * versions, its live version and who may start it.
 */
class AdministrationIT extends BrowserTest {

  @Test
  void administratorCreatesAGroupAndAUserWithAGeneratedPasswordAndChangesTheirRoles() {
    login(Orchestrator.ADMIN, Orchestrator.ADMIN_PASSWORD);
    open("#/users");
    page.locator("[data-action=create-group]").click();
    page.locator(".modal input[name=name]").fill("civil-affairs");
    page.locator(".modal input[name=displayName]").fill("民政科");
    page.locator(".modal [data-action=save]").click();
    assertThat(page.locator("[data-table=groups]")).containsText("民政科");

    page.locator("[data-action=create-user]").click();
    page.locator(".modal input[name=username]").fill("sun");
    page.locator(".modal input[name=displayName]").fill("孙办事员");
    page.locator(".modal input[name=groups]").fill("civil-affairs");
    page.locator(".modal [data-action=save]").click();
    String generated = page.locator("[data-secret=password]").textContent().trim();
    assertThat(generated).hasSizeGreaterThanOrEqualTo(8);
    page.keyboard().press("Escape");
    Locator row =
        page.locator("[data-table=users] tbody tr")
            .filter(new Locator.FilterOptions().setHasText("sun"));
    assertThat(row).containsText("孙办事员");
    assertThat(row).containsText("办事员");
    assertThat(page.locator("[data-table=groups]")).containsText("sun");
    // the generated password is the user's first one: it logs them in (and they must change it)
    Api.login(orchestrator.baseUri(), "sun", generated).get("/api/v1/me").expect(200);

    row.locator("[data-action]").first().click(); // 编辑
    page.locator(".modal input[name=role][value=SUPERVISOR]").check();
    page.locator(".modal [data-action=save]").click();
    assertThat(row).containsText("主管");
    JsonNode sun = admin.get("/api/v1/users/sun").expect(200).json();
    assertThat(sun.get("roles").toString()).contains("CLERK").contains("SUPERVISOR");
    assertThat(page.content()).doesNotContain(generated);
    Screens.save(page, "control-center-users");
  }

  @Test
  void credentialSecretsCanBeSetButNeverShown() {
    String secret = "Tax-S3cret-7f2e!";
    login(Orchestrator.ADMIN, Orchestrator.ADMIN_PASSWORD);
    open("#/credentials");
    page.locator("[data-action=create-credential]").click();
    page.locator(".modal input[name=name]").fill("tax-clerk");
    page.locator(".modal input[name=description]").fill("税务系统前台账号");
    page.locator(".modal [data-action=save]").click();
    Locator row =
        page.locator("[data-table=credentials] tbody tr")
            .filter(new Locator.FilterOptions().setHasText("tax-clerk"));
    assertThat(row.locator("[data-state=FAILED]")).isVisible(); // 未设置

    page.locator("[data-action=set-tax-clerk]").click();
    assertThat(page.locator(".modal input[name=secret]")).hasAttribute("type", "password");
    page.locator(".modal input[name=username]").fill("tax01");
    page.locator(".modal input[name=secret]").fill(secret);
    page.locator(".modal [data-action=save]").click();
    assertThat(row.locator("[data-state=ok]")).isVisible(); // 已设置
    assertThat(page.content()).doesNotContain(secret);
    assertThat(admin.get("/api/v1/credentials/tax-clerk").expect(200).body())
        .doesNotContain(secret)
        .doesNotContain("tax01");

    page.locator("[data-action=set-tax-clerk]").click(); // a new value, never the old one
    assertThat(page.locator(".modal input[name=secret]")).hasValue("");
    page.keyboard().press("Escape");
    Screens.save(page, "control-center-credentials");
  }

  @Test
  void anEnrolmentKeyIsShownOnceWithTheCommandThatEnrolsARobotAndCanBeRevoked() {
    login(Orchestrator.ADMIN, Orchestrator.ADMIN_PASSWORD);
    open("#/keys");
    page.locator("[data-action=create-key]").click();
    page.locator(".modal input[name=label]").fill("一楼大厅的 3 台机器人");
    page.locator(".modal input[name=maxUses]").fill("3");
    page.locator(".modal [data-action=save]").click();
    String key = page.locator("[data-secret=key]").textContent().trim();
    assertThat(page.locator(".modal pre"))
        .containsText(
            "./rpa robot --orchestrator " + orchestrator.baseUri() + " --enrol-key " + key);
    page.keyboard().press("Escape");
    Locator row =
        page.locator("[data-table=keys] tbody tr")
            .filter(new Locator.FilterOptions().setHasText("一楼大厅的 3 台机器人"));
    assertThat(row).containsText("0 / 3");
    assertThat(page.content()).doesNotContain(key);
    row.locator("[data-action]").click(); // 吊销
    assertThat(row.locator("[data-state=REVOKED]")).isVisible();
    Screens.save(page, "control-center-keys");
  }

  @Test
  void schedulesAreCreatedPausedAndAWrongCronIsExplained() {
    Fixtures.credential(admin, "registry-clerk");
    Fixtures.credential(admin, "intake-clerk");
    Fixtures.publish(admin, "sync-registrations.yaml");
    login(Orchestrator.ADMIN, Orchestrator.ADMIN_PASSWORD);
    open("#/schedules");
    page.locator("[data-action=create-schedule]").click();
    page.locator(".modal input[name=name]").fill("nightly-sync");
    page.locator(".modal select[name=flow]").selectOption("sync-registrations");
    page.locator(".modal input[name=cron]").fill("every night at two");
    page.locator(".modal [data-action=save]").click();
    assertThat(page.locator(".modal .alert.bad")).containsText("cron");
    page.locator(".modal input[name=cron]").fill("0 0 2 * * ?");
    page.locator(".modal [data-action=save]").click();
    Locator row =
        page.locator("[data-table=schedules] tbody tr")
            .filter(new Locator.FilterOptions().setHasText("nightly-sync"));
    assertThat(row).containsText("0 0 2 * * ?");
    assertThat(row).containsText(":00:00"); // the next run, 02:00:00 in the schedule's zone
    row.locator("[data-action]").first().click(); // 暂停
    assertThat(row.locator("[data-state=PAUSED]")).isVisible();
    JsonNode list = admin.get("/api/v1/schedules").expect(200).json();
    boolean paused = false;
    for (JsonNode s : list) {
      paused |= s.get("name").asString().equals("nightly-sync") && s.get("paused").asBoolean();
    }
    assertThat(paused).isTrue();
    Screens.save(page, "control-center-schedules");
  }

  @Test
  void aFlowShowsItsVersionsTheLiveOneAndWhoMayStartIt() {
    Fixtures.credential(admin, "intake-clerk");
    String v1 = Fixtures.sampleFlow("enter-from-spreadsheet.yaml");
    String v2 =
        v1.replaceFirst("(?m)^version: 1$", "version: 2")
            .replace("manual_minutes_per_item: 5", "manual_minutes_per_item: 6");
    admin
        .post(
            "/api/v1/flows",
            Map.of("source", v1, "sourceName", "enter-from-spreadsheet.yaml", "live", true))
        .expect(201, 200);
    admin
        .post(
            "/api/v1/flows",
            Map.of("source", v2, "sourceName", "enter-from-spreadsheet.yaml", "live", false))
        .expect(201, 200);
    admin
        .post(
            "/api/v1/users",
            Map.of(
                "username",
                "zheng",
                "displayName",
                "郑办事员",
                "roles",
                List.of("CLERK"),
                "password",
                "First-zheng-2026"))
        .expect(201);

    login(Orchestrator.ADMIN, Orchestrator.ADMIN_PASSWORD);
    open("#/flows/enter-from-spreadsheet");
    assertThat(page.locator(".page-head h1")).containsText("v1");
    assertThat(page.locator("[data-table=versions] tbody tr")).hasCount(2);
    assertThat(page.locator("[data-card=source] pre[data-code=yaml] .token.key").first())
        .isVisible();
    page.locator("[data-version='2']").click();
    assertThat(page.locator("[data-card=source]")).containsText("version: 2");
    page.locator("[data-action=set-live]").click();
    assertThat(page.locator(".page-head h1")).containsText("v2");
    assertThat(
            admin
                .get("/api/v1/flows/enter-from-spreadsheet")
                .expect(200)
                .json()
                .get("liveVersion")
                .asInt())
        .isEqualTo(2);

    page.locator("[data-card=sharing] input[name=grantee]").fill("zheng");
    page.locator("[data-action=add-share]").click();
    assertThat(page.locator("[data-table=shares]")).containsText("zheng");
    assertThat(admin.get("/api/v1/flows/enter-from-spreadsheet/shares").expect(200).body())
        .contains("zheng");
    page.setViewportSize(1440, 1100);
    Screens.save(page, "control-center-flow-versions");
  }
}
