package io.workforce.e2e.controlcenter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/**
 * The system settings page (issue 21 item 5): an administrator sets a system's address, changes it,
 * and is told in words when a name is refused; each change is in the audit log.
 */
class SettingsPageIT extends BrowserTest {

  @Test
  void anAdministratorSetsAndChangesASystemAddressAndEachChangeIsAudited() {
    login(Orchestrator.ADMIN, Orchestrator.ADMIN_PASSWORD);
    open("#/settings");
    page.locator("[data-action=set-setting]").click();
    page.locator(".modal input[name=name]").fill("PAGE_INTAKE_URL");
    page.locator(".modal input[name=value]").fill("http://intake.page:8080");
    page.locator(".modal input[name=description]").fill("受理系统");
    page.locator(".modal [data-action=save]").click();
    Locator row =
        page.locator("[data-table=settings] tbody tr")
            .filter(new Locator.FilterOptions().setHasText("PAGE_INTAKE_URL"));
    assertThat(row).containsText("http://intake.page:8080");
    assertThat(row).containsText("所有机器人和桌面助手");

    row.locator("[data-action=change]").click();
    page.locator(".modal input[name=value]").fill("http://intake.page:9090");
    page.locator(".modal [data-action=save]").click();
    assertThat(row).containsText("http://intake.page:9090");
    assertThat(
            admin.get("/api/v1/audit?target=setting:PAGE_INTAKE_URL").expect(200).json().toString())
        .contains("'http://intake.page:8080' -> 'http://intake.page:9090'");

    page.locator("[data-action=set-setting]").click();
    page.locator(".modal input[name=name]").fill("WORKFORCE_KEY");
    page.locator(".modal input[name=value]").fill("x");
    page.locator(".modal [data-action=save]").click();
    assertThat(page.locator(".modal")).containsText("WORKFORCE_");
    assertThat(page.locator(".modal")).containsText("机器人自己的设置");
    Screens.save(page, "control-center-settings");
  }
}
