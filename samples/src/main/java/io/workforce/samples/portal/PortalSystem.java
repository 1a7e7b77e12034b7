package io.workforce.samples.portal;

import io.workforce.samples.data.IdNumbers;
import io.workforce.samples.web.Account;
import io.workforce.samples.web.Guard;
import io.workforce.samples.web.Request;
import io.workforce.samples.web.Response;
import io.workforce.samples.web.Routes;
import io.workforce.samples.web.Session;
import io.workforce.samples.web.Sessions;
import io.workforce.samples.web.SystemSettings;
import io.workforce.samples.web.WebServer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 一网通办窗口受理平台 — a provincial one-network service portal where window clerks file applications, built
 * with today's front-end habits (see {@link ApplicantPage} and {@link ServicePage}): an image
 * verification code on log-in ({@code ckry02} is a test account whose code is not checked), a
 * two-step form, the receipt in a new tab. With the export on, {@code /_export/portal.json} lists
 * what was filed and {@code /_export/portal/session-drop?every=N} makes every N-th session die
 * between the two steps of the form (0 = never); with {@code &at=submit} it dies instead right
 * after every N-th application was filed, before its answer (the clerk sees the log-in page and
 * cannot tell whether the application went in: 申请查询 tells).
 */
public final class PortalSystem {

  /** The path of the login page. */
  public static final String LOGIN_PATH = "/login";

  /** Demo accounts: a window clerk, and a test clerk whose verification code is not checked. */
  public static final List<Account> ACCOUNTS =
      List.of(
          new Account("portal", "ckry01", "Ckry@2024", "王窗口"),
          new Account("portal", "ckry02", "Ckry@2024", "测试窗口 (免验证码)"));

  private static final String USER = "user";
  private static final String STEP1 = "step1";

  private final PortalTruth truth;
  private final Sessions sessions;
  private final Captcha captcha;
  private final PortalStore store;
  private final SecureRandom random = new SecureRandom();
  private final AtomicInteger dropEvery = new AtomicInteger();
  private final AtomicInteger step1Count = new AtomicInteger();
  private final AtomicInteger submitCount = new AtomicInteger();
  private volatile boolean dropAtSubmit;

  private PortalSystem(PortalTruth truth, long seed, SystemSettings settings) {
    this.truth = truth;
    this.sessions = new Sessions("SESSION", "/", settings.sessionTimeout(), settings.clock());
    this.captcha = new Captcha(seed);
    this.store = new PortalStore(settings.clock());
  }

  /** Starts the portal. */
  public static WebServer start(PortalTruth truth, long seed, SystemSettings settings) {
    PortalSystem p = new PortalSystem(truth, seed, settings);
    Routes routes =
        new Routes()
            .get("/", r -> Response.redirect(LOGIN_PATH))
            .get(LOGIN_PATH, r -> p.loginPage(r.param("expired") != null ? "登录已失效，请重新登录。" : null))
            .post(LOGIN_PATH, p::login)
            .get("/captcha.png", r -> Response.png(p.captcha.png(r.text("t"))))
            .get("/logout", p::logout)
            .get("/api/regions", p::regions)
            .get("/portal/receipt", p::receipt)
            .get("/portal/home", r -> p.secured(r, s -> p.home(s)))
            .get("/portal/query", r -> p.secured(r, s -> p.query(r, s)))
            .get("/portal/apply", r -> p.secured(r, s -> p.applicant(s, Map.of(), null)))
            .post("/portal/apply/step1", r -> p.secured(r, s -> p.step1(r, s)))
            .get("/portal/apply/step2", r -> p.secured(r, s -> p.step2(s, null)))
            .post("/portal/apply/submit", r -> p.secured(r, s -> p.submit(r, s)));
    if (settings.exportEnabled()) {
      routes
          .get(
              WebServer.EXPORT_PREFIX + "/portal.json",
              r -> Response.json(Map.of("applications", p.store.all())))
          .get(
              WebServer.EXPORT_PREFIX + "/portal/session-drop",
              r -> {
                p.dropEvery.set(Math.max(0, r.intParam("every", 0)));
                p.dropAtSubmit = "submit".equals(r.text("at"));
                p.step1Count.set(0);
                p.submitCount.set(0);
                return Response.json(
                    Map.of("every", p.dropEvery.get(), "at", p.dropAtSubmit ? "submit" : "step1"));
              });
    }
    return WebServer.start(
        "portal",
        settings.host(),
        settings.port(),
        routes,
        settings.chaos(),
        StandardCharsets.UTF_8);
  }

  /**
   * The verification code the log-in page with this {@code captchaToken} (its hidden field) shows,
   * for tests that log in with the code a person would read.
   */
  public static String captchaCode(long seed, String captchaToken) {
    return new Captcha(seed).code(captchaToken);
  }

  /**
   * The picture (PNG) of that code, as {@code /captcha.png?t=<token>} serves it: the source of the
   * OCR tests' and benchmark's captcha images.
   */
  public static byte[] captchaPng(long seed, String captchaToken) {
    return new Captcha(seed).png(captchaToken);
  }

  private Response loginPage(String message) {
    byte[] token = new byte[6];
    random.nextBytes(token);
    return html(LoginPage.render(message, HexFormat.of().formatHex(token)));
  }

  private Response login(Request r) {
    Optional<Account> account =
        ACCOUNTS.stream()
            .filter(
                a ->
                    a.username().equals(r.text("username"))
                        && a.password().equals(r.param("password")))
            .findFirst();
    if (account.isEmpty()) {
      return loginPage("用户名或密码错误。");
    }
    boolean checksCode = !account.get().username().equals("ckry02");
    if (checksCode && !captcha.code(r.text("captchaToken")).equals(r.text("captcha"))) {
      return loginPage("验证码错误，请重新输入。");
    }
    Session s = sessions.create();
    s.put(USER, account.get());
    return Response.redirect("/portal/home").withCookie(sessions.cookie(s));
  }

  private Response logout(Request r) {
    sessions.find(r).ifPresent(sessions::invalidate);
    return Response.redirect(LOGIN_PATH).withCookie(sessions.clearCookie());
  }

  private Response secured(Request r, Guard.Page page) throws Exception {
    return new Guard(sessions, USER, LOGIN_PATH, LOGIN_PATH + "?expired=1").secured(r, page);
  }

  private static String clerk(Session s) {
    return ((Account) s.get(USER)).displayName();
  }

  private Response home(Session s) {
    return html(ReceiptPages.home(clerk(s), store.all().size()));
  }

  private Response applicant(Session s, Map<String, String> values, String message) {
    return html(ApplicantPage.render(clerk(s), values, message));
  }

  private Response step1(Request r, Session s) {
    Map<String, String> v = new LinkedHashMap<>();
    for (String f : List.of("mode", "name", "idNumber", "mobile", "agentName", "agentMobile")) {
      v.put(f, r.text(f));
    }
    if (!r.text("__EVENTTARGET").isEmpty()) {
      return applicant(s, v, null); // the select posted the page back: show the fields it asks for
    }
    String problem = checkApplicant(v);
    if (problem != null) {
      return applicant(s, v, problem);
    }
    s.put(STEP1, v);
    int every = dropEvery.get();
    if (!dropAtSubmit && every > 0 && step1Count.incrementAndGet() % every == 0) {
      sessions.invalidate(s); // the switch: this session dies between the two steps
    }
    return Response.redirect("/portal/apply/step2");
  }

  private static String checkApplicant(Map<String, String> v) {
    if (v.get("name").isEmpty()) {
      return "请填写申请人姓名。";
    }
    if (!IdNumbers.isValid(v.get("idNumber"))) {
      return "身份证号码格式不正确。";
    }
    if (!v.get("mobile").matches("1\\d{10}")) {
      return "联系电话应为11位手机号码。";
    }
    if ("agent".equals(v.get("mode"))
        && (v.get("agentName").isEmpty() || !v.get("agentMobile").matches("1\\d{10}"))) {
      return "代办时请填写代办人姓名和11位手机号码。";
    }
    return null;
  }

  private Response query(Request r, Session s) {
    String idNumber = r.text("idNumber");
    List<FiledApplication> hits = idNumber.isEmpty() ? List.of() : store.byIdNumber(idNumber);
    return html(ReceiptPages.query(clerk(s), truth, idNumber, hits));
  }

  private Response step2(Session s, String message) {
    Map<String, String> v = s.get(STEP1);
    if (v == null) {
      return Response.redirect("/portal/apply");
    }
    return html(
        ServicePage.render(
            clerk(s), truth, v.get("name") + "（" + v.get("idNumber") + "）", message));
  }

  private Response submit(Request r, Session s) {
    Map<String, String> v = s.get(STEP1);
    if (v == null) {
      return Response.redirect("/portal/apply");
    }
    String city = r.text("city");
    String district = r.text("district");
    String street = r.text("street");
    String service = r.text("serviceCode");
    if (city.isEmpty()
        || !district.startsWith(city.substring(0, 4))
        || !street.startsWith(district)
        || !truth.streets().containsKey(street)) {
      return step2(s, "请选择办理城市、区县和街道。");
    }
    if (!truth.services().containsKey(service)) {
      return step2(s, "请选择办理事项。");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(r.text("appointment"));
    } catch (DateTimeParseException e) {
      return step2(s, "请选择预约日期。");
    }
    if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return step2(s, "周末不办理业务，请另选预约日期。");
    }
    Optional<FiledApplication> before = store.existing(v.get("idNumber"), service);
    if (before.isPresent()) {
      return step2(s, "该申请人已有在办的同一事项（受理编号 " + before.get().receiptNo() + "），不能重复申请。");
    }
    boolean agent = "agent".equals(v.get("mode"));
    FiledApplication filed =
        store.file(
            new FiledApplication(
                null,
                v.get("name"),
                v.get("idNumber"),
                v.get("mobile"),
                agent ? v.get("agentName") : "",
                agent ? v.get("agentMobile") : "",
                city,
                district,
                street,
                service,
                r.text("serviceNote"),
                date,
                r.text("remark"),
                ((Account) s.get(USER)).username()));
    s.remove(STEP1);
    int every = dropEvery.get();
    if (dropAtSubmit && every > 0 && submitCount.incrementAndGet() % every == 0) {
      // the switch: filed, but the session dies before the answer — the clerk sees the log-in page
      sessions.invalidate(s);
      return Response.redirect(LOGIN_PATH + "?expired=1");
    }
    return html(ReceiptPages.submitted(clerk(s), filed.receiptNo()));
  }

  private Response receipt(Request r) {
    return store
        .byReceipt(r.text("no"))
        .map(a -> html(ReceiptPages.receipt(truth, a)))
        .orElseGet(
            () ->
                Response.html(
                    404, PortalLayout.page("未找到", null, "没有该受理编号。"), StandardCharsets.UTF_8));
  }

  private Response regions(Request r) throws InterruptedException {
    String parent = r.text("parent");
    Thread.sleep(150); // options arrive a moment after the choice, as from a real back end
    List<Map<String, String>> out;
    if (parent.length() == 6 && parent.endsWith("00")) {
      out =
          PortalTruth.districts().stream()
              .filter(d -> d.parentCode().equals(parent))
              .map(d -> Map.of("code", d.code(), "name", d.name()))
              .toList();
    } else {
      out =
          truth.streets().entrySet().stream()
              .filter(e -> e.getKey().startsWith(parent) && parent.length() == 6)
              .map(e -> Map.of("code", e.getKey(), "name", e.getValue()))
              .toList();
    }
    return Response.json(out);
  }

  private static Response html(String page) {
    return Response.html(page, StandardCharsets.UTF_8);
  }
}
