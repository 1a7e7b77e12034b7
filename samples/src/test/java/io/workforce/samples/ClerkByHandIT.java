package io.workforce.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.SelectOption;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.workforce.samples.data.Application;
import io.workforce.samples.data.Company;
import io.workforce.samples.data.DataGenerator;
import io.workforce.samples.data.Discrepancy;
import io.workforce.samples.data.ExpectedDiscrepancy;
import io.workforce.samples.data.ExpectedFiling;
import io.workforce.samples.data.HealthRecord;
import io.workforce.samples.web.Account;
import io.workforce.testkit.SystemChromium;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A clerk does each system's task by hand in a real Chromium: the registry's frameset and pop-up,
 * the intake wizard with its AJAX cascade, date picker and confirm(), the health search. The
 * screenshots are the ones in samples/README.md.
 */
class ClerkByHandIT {

  private static SampleSystems systems;
  private static Playwright playwright;
  private static Browser browser;
  private BrowserContext context;
  private Page page;

  @BeforeAll
  static void start() {
    systems = SampleSystems.start(SampleOptions.builder().exportEnabled(true).build());
    playwright = SystemChromium.playwright();
    browser = SystemChromium.launch(playwright);
  }

  @AfterAll
  static void stop() {
    browser.close();
    playwright.close();
    systems.close();
  }

  @BeforeEach
  void newContext() {
    context =
        browser.newContext(
            new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("zh-CN"));
    page = context.newPage();
  }

  @AfterEach
  void closeContext() {
    context.close();
  }

  @Test
  void searchesTheRegistryInItsFramesetAndOpensADetailPopUp() {
    Account a = account("registry");
    page.navigate(systems.registryLoginUrl());
    page.fill("#userName", a.username());
    page.fill("#password", a.password());
    Screenshots.save(page, "registry-login.png");
    page.click("input[value='登 录']");
    page.waitForURL("**/qydj/main.jsp");
    Frame menu = page.frame("leftFrame");
    menu.click("text=企业登记信息查询");
    Frame main = page.frame("mainFrame");
    main.waitForSelector("#clrqStart");
    main.fill("#clrqStart", DataGenerator.NEW_SINCE.toString());
    main.click("input[value='查 询']");
    main.waitForSelector("#resultTable");
    int total = systems.groundTruth().newRegistrations().size();
    assertThat(main.textContent("#totalCount")).isEqualTo(String.valueOf(total));
    Screenshots.save(page, "registry-search.png");
    main.click("text=下一页");
    main.waitForSelector("#pageNo:text('2')");
    String code = main.textContent("#resultTable tr:nth-child(2) td:nth-child(2)");
    Page popup = page.waitForPopup(() -> main.click("#resultTable tr:nth-child(2) >> text=查看"));
    popup.waitForLoadState();
    popup.waitForFunction(
        "() => document.getElementById('zczb').complete && document.getElementById('zczb').naturalWidth > 0");
    Company c = systems.groundTruth().company(code).orElseThrow();
    assertThat(popup.textContent("#qymc")).isEqualTo(c.name());
    assertThat(popup.textContent("#zs")).isEqualTo(c.address().full());
    assertThat((Integer) popup.evaluate("document.getElementById('fddbrzjhm').naturalWidth"))
        .isGreaterThan(100);
    Screenshots.save(popup, "registry-detail.png");
  }

  @Test
  void filesACompanyThroughTheWizardWithCascadeDatePickerAndConfirm() {
    ExpectedFiling f =
        systems.groundTruth().expected().syncRegistrations().stream()
            .filter(x -> x.existingReceipt() == null)
            .findFirst()
            .orElseThrow();
    Company c = systems.groundTruth().company(f.creditCode()).orElseThrow();
    loginToIntake();
    page.click("text=新设企业信息采集");
    page.fill("#creditCode", c.creditCode());
    page.fill("#companyName", c.name());
    page.selectOption("#companyType", new SelectOption().setLabel(c.type()));
    page.fill("#legalRep", c.legalRep().name());
    page.fill("#legalRepId", c.legalRep().idNumber());
    page.fill("#phone", c.phone());
    page.click("#nextBtn");
    page.selectOption("#province", new SelectOption().setLabel(c.address().province()));
    page.waitForSelector(
        "#city option:text('" + c.address().city() + "')",
        new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
    page.selectOption("#city", new SelectOption().setLabel(c.address().city()));
    page.waitForSelector(
        "#district option:text('" + c.address().district() + "')",
        new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
    page.selectOption("#district", new SelectOption().setLabel(c.address().district()));
    page.fill("#address", c.address().detail());
    page.fill("#capital", c.capital().toPlainString());
    page.click("#establishedOn");
    page.selectOption("#datepicker .dp-year", String.valueOf(c.establishedOn().getYear()));
    page.selectOption("#datepicker .dp-month", String.valueOf(c.establishedOn().getMonthValue()));
    Screenshots.save(page, "intake-wizard.png");
    page.click("#datepicker td[data-date='" + c.establishedOn() + "']");
    assertThat(page.inputValue("#establishedOn")).isEqualTo(c.establishedOn().toString());
    page.click("#nextBtn");
    page.waitForSelector("#submitBtn");
    List<String> dialogs = new ArrayList<>();
    page.onDialog(
        d -> {
          dialogs.add(d.message());
          d.accept();
        });
    page.click("#submitBtn");
    page.waitForSelector("#receiptNo");
    assertThat(dialogs).containsExactly("确认提交该申请吗？提交后将不能修改。");
    Screenshots.save(page, "intake-receipt.png");
    String receipt = page.textContent("#receiptNo");
    Application filed =
        systems.export().intakeApplications().stream()
            .filter(x -> x.receiptNo().equals(receipt))
            .findFirst()
            .orElseThrow();
    assertThat(filed.fields()).isEqualTo(f.fields());
    page.navigate(systems.intakeUrl() + "/applications?service=company");
    assertThat(page.textContent("#applications tbody tr:first-child .receipt")).isEqualTo(receipt);
    Screenshots.save(page, "intake-list.png");
  }

  @Test
  void looksUpAChildWhoseHealthRecordHasAVariantName() {
    ExpectedDiscrepancy d =
        systems.groundTruth().expected().discrepancies().stream()
            .filter(x -> x.kind() == Discrepancy.NAME_VARIANT)
            .findFirst()
            .orElseThrow();
    HealthRecord r = systems.groundTruth().healthRecord(d.childId()).orElseThrow();
    Account a = account("health");
    page.navigate(systems.healthLoginUrl());
    page.fill("#txtUserName", a.username());
    page.fill("#txtPassword", a.password());
    page.click("#btnLogin");
    page.fill("#txtIdNumber", d.childId());
    page.click("#btnSearch");
    page.waitForSelector("#gvChildren");
    Screenshots.save(page, "health-search.png");
    page.click("#gvChildren >> text=详细");
    page.waitForSelector("#lblName");
    assertThat(page.textContent("#lblName"))
        .isEqualTo(d.healthValue())
        .isNotEqualTo(d.applicationValue());
    assertThat(page.textContent("#lblRecordNo")).isEqualTo(r.recordNo());
    Screenshots.save(page, "health-detail.png");
  }

  private void loginToIntake() {
    Account a = account("intake");
    page.navigate(systems.intakeLoginUrl());
    page.fill("#username", a.username());
    page.fill("#password", a.password());
    page.click("#loginBtn");
    page.waitForURL("**/home");
  }

  private static Account account(String system) {
    return SampleSystems.account(system);
  }
}
