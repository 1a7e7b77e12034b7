package io.workforce.samples;

import static io.workforce.samples.HttpSession.form;
import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.samples.data.ApplicationFields;
import io.workforce.samples.data.Company;
import io.workforce.samples.data.ExpectedFiling;
import io.workforce.samples.data.HealthRecord;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every id and class the sample flows select is on some page of the systems, so a renamed element
 * breaks this test rather than a robot run. The pages are fetched with a plain HTTP client, walking
 * each task.
 */
class FlowSelectorsIT {

  private static final Charset GBK = Charset.forName("GBK");

  @Test
  void everyIdAndClassTheFlowsUseIsOnAPageOfTheSystems() throws IOException {
    String flows =
        Files.readString(Path.of("flows/sync-registrations.yaml"))
            + Files.readString(Path.of("flows/enter-from-spreadsheet.yaml"))
            + Files.readString(Path.of("flows/verify-applications.yaml"))
            + Files.readString(Path.of("flows/archive-dispatch.yaml"))
            + Files.readString(Path.of("flows/archive-verify.yaml"));
    try (SampleSystems s = SampleSystems.start(SampleOptions.builder().build())) {
      String pages = registryPages(s) + intakePages(s) + healthPages(s) + archivePages(s);
      Set<String> missing = new TreeSet<>();
      Matcher ids = Pattern.compile("#([A-Za-z_][\\w-]*)").matcher(flows);
      while (ids.find()) {
        if (!pages.contains("id=\"" + ids.group(1) + "\"")) {
          missing.add("#" + ids.group(1));
        }
      }
      Matcher classes = Pattern.compile("[\"\\s]\\.([a-z][\\w-]*)").matcher(flows);
      while (classes.find()) {
        if (!Pattern.compile("class=\"([^\"]* )?" + classes.group(1) + "[\" ]")
            .matcher(pages)
            .find()) {
          missing.add("." + classes.group(1));
        }
      }
      for (String text :
          new String[] {
            "企业登记信息查询",
            "value=\"登 录\"",
            "value=\"查 询\"",
            ">查看</a>",
            "name=\"leftFrame\"",
            "name=\"mainFrame\""
          }) {
        if (!pages.contains(text)) {
          missing.add(text);
        }
      }
      assertThat(missing).as("selectors of samples/flows not found on any page").isEmpty();
      assertThat(pages).doesNotContain("id=\"nonexistent\"");
    }
  }

  private static String registryPages(SampleSystems s) {
    String base = s.registryUrl() + "/qydj/";
    HttpSession http = new HttpSession();
    StringBuilder all = new StringBuilder(http.get(base + "login.jsp").text());
    String token = http.get(base + "login.jsp").inputValue("token");
    http.post(
        base + "login.do", form("token", token, "userName", "djy01", "password", "Djy@2008"), GBK);
    Company c = s.groundTruth().newRegistrations().get(0);
    all.append(http.get(base + "main.jsp").text())
        .append(http.get(base + "menu.jsp").text())
        .append(
            http.post(base + "search.do", form("pageNo", "1", "qymc", c.creditCode()), GBK).text())
        .append(http.get(base + "detail.do?id=" + c.id()).text());
    return all.toString();
  }

  private static String intakePages(SampleSystems s) {
    String base = s.intakeUrl();
    HttpSession http = new HttpSession();
    StringBuilder all = new StringBuilder(http.get(base + "/login").text());
    http.post(base + "/login", form("username", "slry01", "password", "Slry#2019"));
    all.append(http.get(base + "/applications?service=subsidy").text());
    all.append(http.post(base + "/apply/company/step1", Map.of()).text());
    ExpectedFiling f =
        s.groundTruth().expected().syncRegistrations().stream()
            .filter(x -> x.existingReceipt() == null)
            .findFirst()
            .orElseThrow();
    Map<String, String> page1 = new LinkedHashMap<>(f.fields());
    http.post(base + "/apply/company/step1", page1);
    all.append(http.get(base + "/apply/company/step2").text());
    http.post(base + "/apply/company/step2", page1);
    all.append(http.get(base + "/apply/company/step3").text());
    String done = http.post(base + "/apply/company/submit", Map.of()).location();
    all.append(http.get(base + done).text());
    all.append(http.post(base + "/apply/company/step1", page1).text()); // now a duplicate
    Map<String, String> child = ApplicationFields.of(s.groundTruth().sheetChildren().get(0));
    http.post(base + "/apply/subsidy/step1", child);
    all.append(http.get(base + "/apply/subsidy/step1").text())
        .append(http.get(base + "/apply/subsidy/step2").text());
    return all.toString();
  }

  private static String healthPages(SampleSystems s) {
    String base = s.healthUrl();
    HttpSession http = new HttpSession();
    StringBuilder all = new StringBuilder(http.get(base + "/Login.aspx").text());
    http.post(base + "/Login.aspx", form("txtUserName", "ebys01", "txtPassword", "Ebys@2016"));
    HealthRecord r = s.groundTruth().healthRecords().get(0);
    all.append(http.post(base + "/ChildSearch.aspx", form("txtIdNumber", r.idNumber())).text())
        .append(http.get(base + "/ChildDetail.aspx?recordNo=" + r.recordNo()).text());
    return all.toString();
  }

  private static String archivePages(SampleSystems s) {
    String base = s.archiveUrl() + "/dagl/";
    HttpSession http = new HttpSession();
    StringBuilder all = new StringBuilder(http.get(base + "login.do").text());
    http.post(base + "login.do", form("username", "dagl01", "password", "Dagl@2012"));
    all.append(http.get(base + "index.do").text())
        .append(http.get(base + "Register.aspx").text())
        .append(http.get(base + "detail.do?no=" + s.archiveTruth().records().get(0).no()).text());
    return all.toString();
  }
}
