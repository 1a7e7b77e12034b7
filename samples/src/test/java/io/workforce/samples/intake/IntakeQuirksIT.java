package io.workforce.samples.intake;

import static io.workforce.samples.HttpSession.form;
import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.samples.HttpSession;
import io.workforce.samples.HttpSession.Page;
import io.workforce.samples.SampleOptions;
import io.workforce.samples.SampleSystems;
import io.workforce.samples.TestClock;
import io.workforce.samples.data.Application;
import io.workforce.samples.data.Child;
import io.workforce.samples.data.ExpectedFiling;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each quirk of the intake system, proved with a plain HTTP client. */
class IntakeQuirksIT {

  private static final TestClock CLOCK = new TestClock(Instant.parse("2025-07-01T01:00:00Z"));
  private static SampleSystems systems;
  private static String base;

  @BeforeAll
  static void start() {
    systems =
        SampleSystems.start(
            SampleOptions.builder()
                .records(40)
                .seed(5)
                .clock(CLOCK)
                .exportEnabled(true)
                .sessionTimeout(Duration.ofMinutes(5))
                .build());
    base = systems.intakeUrl();
  }

  @AfterAll
  static void stop() {
    systems.close();
  }

  @Test
  void filesANewCompanyThroughTheThreePagesAndGivesAReceipt() {
    ExpectedFiling f = newFiling(0);
    HttpSession http = login();
    Page step1 = http.post(base + "/apply/company/step1", page1(f.fields()));
    assertThat(step1.location()).as(step1.text()).isEqualTo("/apply/company/step2");
    Page step2 = http.post(base + "/apply/company/step2", page2(f.fields()));
    assertThat(step2.location()).as(step2.text()).isEqualTo("/apply/company/step3");
    assertThat(http.get(base + "/apply/company/step3").text())
        .contains("return confirm('确认提交该申请吗？提交后将不能修改。')")
        .contains(f.companyName());
    Page submitted = http.post(base + "/apply/company/submit", Map.of());
    assertThat(submitted.location()).startsWith("/apply/company/done?receipt=SL20250701");
    String receipt = submitted.location().substring(submitted.location().indexOf('=') + 1);
    assertThat(http.get(base + submitted.location()).text()).contains("受理成功").contains(receipt);
    Application filed =
        systems.export().intakeApplications().stream()
            .filter(a -> a.receiptNo().equals(receipt))
            .findFirst()
            .orElseThrow();
    assertThat(filed.fields()).isEqualTo(f.fields());
    assertThat(filed.filedBy()).isEqualTo("slry01");
  }

  @Test
  void showsTheExistingReceiptInsteadOfFilingACompanyTwice() {
    ExpectedFiling before =
        systems.groundTruth().expected().syncRegistrations().stream()
            .filter(x -> x.existingReceipt() != null)
            .findFirst()
            .orElseThrow();
    Page answer = login().post(base + "/apply/company/step1", page1(before.fields()));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.text())
        .contains("重复申请")
        .contains(
            "<span class=\"receipt-no\" id=\"existingReceiptNo\">"
                + before.existingReceipt()
                + "</span>");
  }

  @Test
  void filesOnceWhenTwoClerksSubmitTheSameCompanyAtOnce() {
    ExpectedFiling f = newFiling(1);
    HttpSession a = login();
    HttpSession b = login();
    for (HttpSession http : new HttpSession[] {a, b}) {
      http.post(base + "/apply/company/step1", page1(f.fields()));
      http.post(base + "/apply/company/step2", page2(f.fields()));
    }
    Page first = a.post(base + "/apply/company/submit", Map.of());
    Page second = b.post(base + "/apply/company/submit", Map.of());
    assertThat(first.location()).startsWith("/apply/company/done?receipt=");
    assertThat(second.text())
        .contains("重复申请")
        .contains(first.location().substring(first.location().indexOf('=') + 1));
    assertThat(systems.export().intakeApplications())
        .filteredOn(x -> x.key().equals(f.creditCode()))
        .hasSize(1);
  }

  @Test
  void validatesOnTheServerWithAMessagePerField() {
    Map<String, String> bad = new java.util.LinkedHashMap<>(newFiling(2).fields());
    bad.put(
        "creditCode",
        bad.get("creditCode").substring(0, 17) + (bad.get("creditCode").endsWith("0") ? "1" : "0"));
    bad.put("legalRepId", "１１０１０５１９４９１２３１００２Ｘ");
    bad.put("phone", "0571 8888");
    bad.put("legalRep", "张三 ");
    Page answer = login().post(base + "/apply/company/step1", page1(bad));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.text())
        .contains("id=\"err-creditCode\">统一社会信用代码校验位错误")
        .contains("id=\"err-legalRepId\">法定代表人身份证号格式不正确")
        .contains("id=\"err-phone\">联系电话格式不正确")
        .contains("id=\"err-legalRep\">法定代表人不能包含空格");
  }

  @Test
  void checksTheChildsBirthDateAndGenderAgainstTheIdNumber() {
    Child c = systems.groundTruth().sheetChildren().get(0);
    HttpSession http = login();
    Map<String, String> f =
        new java.util.LinkedHashMap<>(io.workforce.samples.data.ApplicationFields.of(c));
    assertThat(
            http.post(
                    base + "/apply/subsidy/step1",
                    pick(f, "applicantName", "applicantId", "relation", "phone"))
                .location())
        .isEqualTo("/apply/subsidy/step2");
    f.put("birthDate", c.child().birthDate().plusDays(1).toString());
    f.put("childGender", c.child().gender().equals("男") ? "女" : "男");
    Page answer =
        http.post(
            base + "/apply/subsidy/step2",
            pick(
                f,
                "childName",
                "childId",
                "childGender",
                "birthDate",
                "province",
                "city",
                "district",
                "address"));
    assertThat(answer.text()).contains("出生日期与儿童身份证号不符").contains("儿童性别与身份证号不符");
  }

  @Test
  void refusesToSkipAWizardPage() {
    HttpSession http = login();
    http.get(base + "/apply/subsidy/step1?reset=1");
    assertThat(http.get(base + "/apply/subsidy/step3").location())
        .isEqualTo("/apply/subsidy/step1");
  }

  @Test
  void loadsCitiesAndDistrictsForTheCascade() {
    String json = new HttpSession().get(base + "/api/regions?parent=330100").text();
    assertThat(json)
        .startsWith("[{\"code\":\"330102\",\"name\":\"上城区\"}")
        .contains("{\"code\":\"330106\",\"name\":\"西湖区\"}");
  }

  @Test
  void findsAnApplicationOnTheListPageByReceiptNumber() {
    Application a = systems.groundTruth().intakeApplications().get(3);
    Page list = login().get(base + "/applications?q=" + a.receiptNo());
    assertThat(list.text()).contains("<span id=\"total\">1</span>").contains(a.title());
  }

  @Test
  void sendsAnIdleClerkBackToTheLoginPage() {
    HttpSession http = login();
    CLOCK.advance(Duration.ofMinutes(6));
    Page page = http.get(base + "/applications");
    assertThat(page.location()).isEqualTo("/login?expired=1");
  }

  private static ExpectedFiling newFiling(int n) {
    return systems.groundTruth().expected().syncRegistrations().stream()
        .filter(x -> x.existingReceipt() == null)
        .skip(n)
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, String> page1(Map<String, String> f) {
    return pick(f, "creditCode", "companyName", "companyType", "legalRep", "legalRepId", "phone");
  }

  private static Map<String, String> page2(Map<String, String> f) {
    Map<String, String> m =
        pick(f, "province", "city", "district", "address", "establishedOn", "capital");
    m.put("action", "next");
    return m;
  }

  private static Map<String, String> pick(Map<String, String> f, String... names) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (String n : names) {
      m.put(n, f.get(n));
    }
    return m;
  }

  private static HttpSession login() {
    HttpSession http = new HttpSession();
    Page answer = http.post(base + "/login", form("username", "slry01", "password", "Slry#2019"));
    assertThat(answer.location()).isEqualTo("/home");
    return http;
  }
}
