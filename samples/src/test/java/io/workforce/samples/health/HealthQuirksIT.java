package io.workforce.samples.health;

import static io.workforce.samples.HttpSession.form;
import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.samples.HttpSession;
import io.workforce.samples.HttpSession.Page;
import io.workforce.samples.SampleOptions;
import io.workforce.samples.SampleSystems;
import io.workforce.samples.data.Discrepancy;
import io.workforce.samples.data.ExpectedDiscrepancy;
import io.workforce.samples.data.HealthRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The health system's deliberate differences, seen through its search and detail pages. */
class HealthQuirksIT {

  private static SampleSystems systems;
  private static String base;

  @BeforeAll
  static void start() {
    systems = SampleSystems.start(SampleOptions.builder().records(24).seed(3).build());
    base = systems.healthUrl();
  }

  @AfterAll
  static void stop() {
    systems.close();
  }

  @Test
  void showsTheNameWithAVariantCharacter() {
    ExpectedDiscrepancy d = first(Discrepancy.NAME_VARIANT);
    Page hits = searchById(login(), d.childId());
    assertThat(hits.text()).contains(d.healthValue()).doesNotContain(d.applicationValue());
  }

  @Test
  void showsABirthDateOneDayOffOnTheDetailPage() {
    ExpectedDiscrepancy d = first(Discrepancy.BIRTH_DATE_OFF_BY_ONE);
    HttpSession http = login();
    HealthRecord r = systems.groundTruth().healthRecord(d.childId()).orElseThrow();
    searchById(http, d.childId());
    Page detail = http.get(base + "/ChildDetail.aspx?recordNo=" + r.recordNo());
    assertThat(detail.text())
        .contains("<span id=\"lblBirthDate\">" + d.healthValue() + "</span>")
        .contains("id=\"gvCheckups\"");
  }

  @Test
  void findsNoRecordForAMissingChild() {
    ExpectedDiscrepancy d = first(Discrepancy.MISSING_RECORD);
    assertThat(searchById(login(), d.childId()).text()).contains("未查询到符合条件的儿童档案。");
  }

  @Test
  void asksForAtLeastOneSearchField() {
    Page answer =
        login()
            .post(
                base + "/ChildSearch.aspx",
                form("__VIEWSTATE", "x", "txtName", "", "txtIdNumber", "", "txtBirthDate", ""));
    assertThat(answer.text()).contains("请至少输入一个查询条件。");
  }

  private static ExpectedDiscrepancy first(Discrepancy kind) {
    return systems.groundTruth().expected().discrepancies().stream()
        .filter(d -> d.kind() == kind)
        .findFirst()
        .orElseThrow();
  }

  private static Page searchById(HttpSession http, String id) {
    String viewState = http.get(base + "/ChildSearch.aspx").inputValue("__VIEWSTATE");
    return http.post(
        base + "/ChildSearch.aspx",
        form(
            "__VIEWSTATE",
            viewState,
            "txtName",
            "",
            "txtIdNumber",
            id,
            "txtBirthDate",
            "",
            "btnSearch",
            "查询"));
  }

  private static HttpSession login() {
    HttpSession http = new HttpSession();
    Page answer =
        http.post(base + "/Login.aspx", form("txtUserName", "ebys01", "txtPassword", "Ebys@2016"));
    assertThat(answer.location()).isEqualTo("/ChildSearch.aspx");
    return http;
  }
}
