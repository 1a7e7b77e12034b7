package io.workforce.e2e.controlcenter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import io.workforce.protocol.WorkAssignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Chinese by default, English on request, and then no Chinese left on any page (every word comes
 * from the message files, not only the menu); and the basics of working without a mouse: log-in,
 * skip link, menu, dialogs that keep and give back the focus, tabs with arrow keys, labelled
 * controls. Its own orchestrator, with data in ASCII only, so that any Chinese on an English page
 * is the page's own text.
 */
@OwnOrchestrator
class LanguageAndKeyboardIT extends BrowserTest {

  static long runId;
  static long itemId;
  static long robotId;

  @BeforeAll
  static void asciiData() {
    Fixtures.credential(admin, "registry-clerk");
    Fixtures.credential(admin, "intake-clerk");
    String flow =
        Fixtures.sampleFlow("sync-registrations.yaml")
            .replaceFirst(
                "(?m)^description: .*$",
                "description: Copies new registrations from the registry into the intake system");
    admin
        .post(
            "/api/v1/flows",
            Map.of("source", flow, "sourceName", "sync-registrations.yaml", "live", true))
        .expect(201);
    admin
        .post(
            "/api/v1/queues",
            Map.of("name", "new-registrations", "description", "new companies", "slaMinutes", 240))
        .expect(201);
    for (int i = 1; i <= 4; i++) {
      admin
          .post(
              "/api/v1/queues/new-registrations/items",
              Map.of(
                  "reference",
                  "R000" + i,
                  "payload",
                  Map.of("creditCode", "91330100MA0000000" + i)))
          .expect(201);
    }
    admin
        .post(
            "/api/v1/schedules",
            Map.of(
                "name",
                "nightly",
                "kind",
                "CRON",
                "flow",
                "sync-registrations",
                "cron",
                "0 0 2 * * ?"))
        .expect(201);
    admin.post("/api/v1/enrolment-keys", Map.of("label", "front desk robots")).expect(201);
    runId =
        admin
            .post("/api/v1/jobs", Map.of("flow", "sync-registrations"))
            .expect(201)
            .json()
            .get("id")
            .asLong();
    try (SimulatedRobot robot = SimulatedRobot.enrol(admin, orchestrator.baseUri(), "robot-en")) {
      robotId = robot.id();
      WorkAssignment a = robot.takeJob();
      robot.workQueue(
          a,
          item ->
              item.reference().equals("R0003")
                  ? SimulatedRobot.Outcome.business("company name differs from the registry")
                  : SimulatedRobot.Outcome.ok(Map.of("receipt", "SL-" + item.reference())));
      robot.finish(a, Map.of("items", 4));
    }
    for (var i :
        admin
            .get("/api/v1/queues/new-registrations/items?status=BUSINESS_FAILED")
            .expect(200)
            .json()) {
      itemId = i.get("id").asLong();
    }
  }

  @Test
  void chineseIsTheDefaultAndInEnglishNoPageKeepsAChineseWord() {
    // a browser that asks for English still gets Chinese until the user switches: zh-CN is the
    // product's default
    context.close();
    context =
        browser()
            .newContext(
                new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1440, 900));
    page = context.newPage();
    page.onPageError(e -> pageErrors.append(e).append('\n'));
    login(Orchestrator.ADMIN, Orchestrator.ADMIN_PASSWORD);
    assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
    assertThat(page.locator("[data-nav=overview]")).hasText("运营总览");
    // issue 21: no two columns of the queue list under the same title (待处理 was both "ready"
    // and the status NEW)
    open("#/queues");
    Locator heads = page.locator("[data-table=queues] thead th");
    heads.first().waitFor();
    assertThat(heads.allTextContents()).as("queue list columns").doesNotHaveDuplicates();
    page.locator("[data-action=lang]").click();
    assertThat(page.locator("html")).hasAttribute("lang", "en");

    List<String> pages =
        List.of(
            "#/overview",
            "#/big",
            "#/robots",
            "#/robots/" + robotId,
            "#/runs",
            "#/runs/" + runId,
            "#/queues",
            "#/queues/new-registrations",
            "#/items/" + itemId,
            "#/flows",
            "#/flows/sync-registrations",
            "#/schedules",
            "#/credentials",
            "#/keys",
            "#/users",
            "#/audit",
            "#/mine");
    List<String> found = new ArrayList<>();
    for (String p : pages) {
      open(p);
      page.locator(
              p.equals("#/big")
                  ? "[data-page=big] [data-value=items-total]"
                  : "main .page-head h1, main [data-list=my-flows]")
          .first()
          .waitFor();
      page.waitForTimeout(500); // the page's second round of calls (tables, charts, names)
      if (p.startsWith("#/runs/")) {
        for (String tab : List.of("errors", "items", "screenshots", "journal", "history")) {
          page.locator("[data-tab=" + tab + "]").click();
          collectChinese(p + " tab " + tab, found);
        }
      }
      collectChinese(p, found);
    }
    open("#/users");
    page.locator("[data-action=create-user]").click();
    collectChinese("#/users new-user dialog", found);
    assertThat(found).as("Chinese text on English pages").isEmpty();
    assertThat(page.title()).contains("Users");
  }

  @Test
  void everythingNeededWorksFromTheKeyboard() {
    page.navigate(orchestrator.url("/"));
    Locator user = page.locator("[data-form=login] input[name=username]");
    assertThat(user).isFocused();
    page.keyboard().type(Orchestrator.ADMIN);
    page.keyboard().press("Tab");
    page.keyboard().type(Orchestrator.ADMIN_PASSWORD);
    page.keyboard().press("Enter");
    page.locator("[data-user]").waitFor();

    // the first Tab reaches the skip link, which takes the focus past the menu
    page.keyboard().press("Tab");
    Locator skip = page.locator("[data-action=skip]");
    assertThat(skip).isFocused();
    assertThat(skip).isInViewport();
    page.keyboard().press("Enter");
    assertThat(page.locator("main#main")).isFocused();

    page.locator("[data-nav=queues]").focus();
    page.keyboard().press("Enter");
    assertThat(page).hasURL(orchestrator.url("/#/queues"));
    assertThat(page.locator("[data-nav=queues]")).hasAttribute("aria-current", "page");

    Locator create = page.locator("[data-action=create-queue]");
    create.focus();
    page.keyboard().press("Enter");
    Locator dialog = page.locator(".modal[role=dialog]");
    assertThat(dialog).hasAttribute("aria-modal", "true");
    assertThat(dialog.locator("input[name=name]")).isFocused();
    for (int i = 0; i < 12; i++) { // Tab goes round the dialog's own controls, never behind it
      page.keyboard().press("Tab");
      assertThat(page.evaluate("() => !!document.activeElement.closest('.modal')")).isEqualTo(true);
    }
    Object unlabelled =
        page.evaluate(
            "() => [...document.querySelectorAll('.modal input, .modal select, .modal textarea')]"
                + ".filter(c => c.labels.length === 0 && !c.getAttribute('aria-label')).map(c => c.name)");
    assertThat(unlabelled).asList().isEmpty();
    page.keyboard().press("Escape");
    assertThat(dialog).hasCount(0);
    assertThat(create).isFocused();

    open("#/runs/" + runId);
    Locator timeline = page.locator("[data-tab=timeline]");
    timeline.focus();
    page.keyboard().press("ArrowRight");
    assertThat(page.locator("[data-tab=errors]")).hasAttribute("aria-selected", "true");
    assertThat(page.locator("[data-tab=errors]")).isFocused();
    assertThat(timeline).hasAttribute("aria-selected", "false");
    assertThat(page.locator("[data-error]").first())
        .containsText("company name differs from the registry");

    Object focusRing =
        page.evaluate(
            "() => getComputedStyle(document.activeElement, ':focus-visible').outlineStyle");
    assertThat(focusRing).isNotEqualTo("none");
  }

  private void collectChinese(String where, List<String> found) {
    // the first administrator's display name (管理员, set by the orchestrator) is data, like any
    // user's name
    String adminName =
        admin
            .get("/api/v1/users/" + Orchestrator.ADMIN)
            .expect(200)
            .json()
            .get("displayName")
            .asString();
    Object texts =
        page.evaluate(
            "name => { const out = [];"
                + " const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                + " for (let n; (n = walk.nextNode());) {"
                + "   const el = n.parentElement;"
                + "   if (!el || el.closest('pre, code, script, style, .avatar, [lang^=zh]') || !el.getClientRects().length) continue;"
                + "   const text = n.textContent.split(name).join('');"
                + "   if (/[\\u3400-\\u9fff\\uff00-\\uffef\\u3000-\\u303f]/.test(text)) out.push(text.trim()); }"
                + " for (const el of document.querySelectorAll('[placeholder], [title], [aria-label]')) {"
                + "   for (const a of ['placeholder', 'title', 'aria-label']) { const v = el.getAttribute(a) || '';"
                + "     if (/[\\u3400-\\u9fff]/.test(v) && !el.closest('[lang^=zh]')) out.push(a + '=' + v); } }"
                + " return out; }",
            adminName);
    for (Object t : (List<?>) texts) {
      found.add(where + ": " + t);
    }
  }
}
