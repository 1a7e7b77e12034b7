package io.workforce.bench.runtime;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * The baseline: the enter-from-spreadsheet work written by hand with Playwright for Java, step for
 * step what the flow does (same pages, same checks), with no flow engine, no journal and no report.
 */
final class HandWrittenEntry {

  private static final List<String> FLAGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run");

  private HandWrittenEntry() {}

  /** Enters every row; returns how many were entered or found already entered. */
  static int run(String intakeUrl, String user, String password, List<List<String>> rows) {
    try (Playwright pw =
            Playwright.create(
                new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser =
            pw.chromium()
                .launch(
                    new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium"))
                        .setHeadless(true)
                        .setArgs(FLAGS))) {
      BrowserContext context =
          browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
      Page page = context.newPage();
      page.onDialog(d -> d.accept());
      page.navigate(intakeUrl + "/login");
      page.locator("#username").fill(user);
      page.locator("#password").fill(password);
      page.locator("#loginBtn").click();
      page.waitForURL("**/home");
      int done = 0;
      for (List<String> row : rows.subList(1, rows.size())) {
        done += enter(page, intakeUrl, row) ? 1 : 0;
      }
      return done;
    }
  }

  private static boolean enter(Page page, String url, List<String> r) {
    String childId = halfWidth(r.get(6)).strip().toUpperCase();
    String birth =
        childId.substring(6, 10)
            + "-"
            + childId.substring(10, 12)
            + "-"
            + childId.substring(12, 14);
    page.navigate(url + "/applications?service=subsidy&q=" + childId);
    if (Integer.parseInt(page.locator("#total").innerText().strip()) > 0) {
      page.locator("#applications tbody tr:first-child .receipt").innerText();
      return true;
    }
    page.navigate(url + "/apply/subsidy/step1?reset=1");
    page.locator("#applicantName").fill(r.get(1).strip());
    page.locator("#applicantId").fill(halfWidth(r.get(2)).strip().toUpperCase());
    page.locator("#phone").fill(halfWidth(r.get(4)).replaceAll("\\D", ""));
    page.locator("#relation").selectOption(new SelectOption().setLabel(r.get(3).strip()));
    page.locator("#nextBtn").click();
    if (page.locator("#errors li").count() > 0) {
      return false;
    }
    page.locator("#childName").fill(r.get(5).strip());
    page.locator("#childId").fill(childId);
    page.locator("#address").fill(r.get(12).strip());
    page.locator("#childGender").selectOption(new SelectOption().setLabel(r.get(7).strip()));
    page.locator("#province").selectOption(new SelectOption().setLabel(r.get(9).strip()));
    page.locator("#city").selectOption(new SelectOption().setLabel(r.get(10).strip()));
    page.locator("#district").selectOption(new SelectOption().setLabel(r.get(11).strip()));
    page.locator("#birthDate").click();
    page.locator("#datepicker .dp-year").selectOption(birth.substring(0, 4));
    page.locator("#datepicker .dp-month")
        .selectOption(String.valueOf(Integer.parseInt(birth.substring(5, 7))));
    page.locator("#datepicker td[data-date='" + birth + "']").click();
    page.locator("#nextBtn").click();
    if (page.locator("#errors li").count() > 0) {
      return false;
    }
    page.locator("#submitBtn").click();
    page.locator(".receipt-no").waitFor();
    page.locator(".receipt-no").innerText();
    return true;
  }

  private static String halfWidth(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c);
    }
    return out.toString();
  }
}
