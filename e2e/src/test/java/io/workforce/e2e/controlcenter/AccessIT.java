package io.workforce.e2e.controlcenter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each role sees only what it may: a clerk reaches no admin page, and the API refuses the clerk the
 * same.
 */
class AccessIT extends BrowserTest {

  static final List<String> ADMIN_PAGES =
      List.of(
          "overview",
          "big",
          "robots",
          "queues",
          "flows",
          "schedules",
          "credentials",
          "keys",
          "users",
          "audit");
  static String supervisorPassword;

  @BeforeAll
  static void people() {
    admin
        .post(
            "/api/v1/users",
            Map.of(
                "username",
                "wang",
                "displayName",
                "王办事员",
                "roles",
                List.of("CLERK"),
                "password",
                "First-wang-2026"))
        .expect(201);
    supervisorPassword =
        Fixtures.person(admin, orchestrator.baseUri(), "zhao", "赵主管", "SUPERVISOR");
  }

  @Test
  void clerkCannotReachTheAdminPages() {
    page.navigate(orchestrator.url("/"));
    page.locator("[data-form=login] input[name=username]").fill("wang");
    page.locator("[data-form=login] input[name=password]").fill("First-wang-2026");
    page.locator("[data-action=login]").click();
    page.locator("input[name=currentPassword]").fill("First-wang-2026");
    page.locator("input[name=newPassword]").fill("Own-wang-2026!");
    page.locator("input[name=newPassword2]").fill("Own-wang-2026!");
    page.locator("[data-action=save-password]").click();
    page.locator("[data-user=wang]").waitFor();
    assertThat(page).hasURL(orchestrator.url("/#/mine"));

    for (String p : ADMIN_PAGES) {
      assertThat(page.locator("[data-nav=" + p + "]")).hasCount(0);
      open("#/" + p);
      assertThat(page.locator("[data-denied=" + p + "]")).isVisible();
    }
    Screens.save(page, "control-center-clerk-denied");
    // not only hidden: the API itself refuses the clerk's session, CSRF token and all
    Object status =
        page.evaluate(
            "async () => {"
                + " const csrf = document.cookie.match(/XSRF-TOKEN=([^;]+)/)[1];"
                + " const list = await fetch('/api/v1/flows');"
                + " const publish = await fetch('/api/v1/flows', {method: 'POST', headers: {'Content-Type': 'application/json',"
                + "   'X-XSRF-TOKEN': decodeURIComponent(csrf)}, body: JSON.stringify({source: 'flow: x', sourceName: 'x.yaml'})});"
                + " const users = await fetch('/api/v1/users');"
                + " return [list.status, publish.status, users.status].join(','); }");
    assertThat(status).isEqualTo("403,403,403");
    assertThat(page.locator("[data-nav=mine]")).isVisible();
    assertThat(page.locator("[data-nav=runs]")).isVisible();
  }

  @Test
  void supervisorReadsTheAdminPagesButCannotChangeThem() {
    login("zhao", supervisorPassword);
    assertThat(page).hasURL(orchestrator.url("/#/overview"));
    open("#/flows");
    assertThat(page.locator("[data-table=flows], .empty:not([data-loading])").first()).isVisible();
    assertThat(page.locator("[data-action=publish]")).hasCount(0);
    open("#/users");
    assertThat(page.locator("[data-table=users]")).containsText("wang");
    assertThat(page.locator("[data-action=create-user]")).hasCount(0);
    assertThat(page.locator("[data-nav=mine]")).hasCount(0);
  }
}
