package io.workforce.samples.health;

import io.workforce.samples.data.HealthRecord;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 卫健系统 — children's health records (verification source), an ASP.NET-style application: {@code
 * .aspx} pages, a search that posts back with a {@code __VIEWSTATE}, a detail page. Some records
 * deliberately differ from the truth (see {@link io.workforce.samples.data.Discrepancy}).
 */
public final class HealthSystem {

  /** The path of the login page. */
  public static final String LOGIN_PATH = "/Login.aspx";

  /** Demo account: a child-health doctor. */
  public static final List<Account> ACCOUNTS =
      List.of(new Account("health", "ebys01", "Ebys@2016", "陈医生"));

  private static final String USER = "user";

  private final List<HealthRecord> records;
  private final Map<String, HealthRecord> byNo = new LinkedHashMap<>();
  private final Map<String, HealthRecord> byId = new LinkedHashMap<>();
  private final Sessions sessions;
  private final SecureRandom random = new SecureRandom();

  private HealthSystem(List<HealthRecord> records, SystemSettings settings) {
    this.records = List.copyOf(records);
    records.forEach(
        r -> {
          byNo.put(r.recordNo(), r);
          byId.put(r.idNumber(), r);
        });
    this.sessions =
        new Sessions("ASP.NET_SessionId", "/", settings.sessionTimeout(), settings.clock());
  }

  /** Starts the health system serving {@code records}. */
  public static WebServer start(List<HealthRecord> records, SystemSettings settings) {
    HealthSystem system = new HealthSystem(records, settings);
    Routes routes =
        new Routes()
            .get("/", r -> Response.redirect(LOGIN_PATH))
            .get(
                LOGIN_PATH,
                r ->
                    html(
                        HealthPages.login(
                            r.param("ReturnUrl") != null ? "登录超时，请重新登录。" : null,
                            system.viewState())))
            .post(LOGIN_PATH, system::login)
            .get("/Logout.aspx", system::logout)
            .any("/ChildSearch.aspx", r -> system.secured(r, s -> system.search(r, s)))
            .get("/ChildDetail.aspx", r -> system.secured(r, s -> system.detail(r, s)));
    if (settings.exportEnabled()) {
      routes.get(
          WebServer.EXPORT_PREFIX + "/health.json",
          r -> Response.json(Map.of("records", system.records)));
    }
    return WebServer.start(
        "health",
        settings.host(),
        settings.port(),
        routes,
        settings.chaos(),
        StandardCharsets.UTF_8);
  }

  private Response login(Request r) {
    Optional<Account> account =
        ACCOUNTS.stream()
            .filter(
                a ->
                    a.username().equals(r.text("txtUserName"))
                        && a.password().equals(r.param("txtPassword")))
            .findFirst();
    if (account.isEmpty()) {
      return html(HealthPages.login("用户名或密码不正确。", viewState()));
    }
    Session s = sessions.create();
    s.put(USER, account.get());
    return Response.redirect("/ChildSearch.aspx").withCookie(sessions.cookie(s));
  }

  private Response logout(Request r) {
    sessions.find(r).ifPresent(sessions::invalidate);
    return Response.redirect(LOGIN_PATH).withCookie(sessions.clearCookie());
  }

  /**
   * Like ASP.NET forms authentication: an expired session goes to the login page with a ReturnUrl.
   */
  private Response secured(Request r, Guard.Page page) throws Exception {
    return new Guard(sessions, USER, LOGIN_PATH, LOGIN_PATH + "?ReturnUrl=" + r.path())
        .secured(r, page);
  }

  private Response search(Request r, Session s) {
    String user = ((Account) s.get(USER)).displayName();
    if (!r.isPost()) {
      return html(HealthPages.search(user, viewState(), "", "", "", null, null));
    }
    String name = r.text("txtName");
    String id = r.text("txtIdNumber").toUpperCase();
    String birth = r.text("txtBirthDate");
    if (name.isEmpty() && id.isEmpty() && birth.isEmpty()) {
      return html(HealthPages.search(user, viewState(), name, id, birth, null, "请至少输入一个查询条件。"));
    }
    List<HealthRecord> hits = new ArrayList<>();
    for (HealthRecord rec :
        id.isEmpty()
            ? records
            : Optional.ofNullable(byId.get(id)).map(List::of).orElse(List.of())) {
      if ((name.isEmpty() || rec.name().contains(name))
          && (birth.isEmpty() || rec.birthDate().toString().equals(birth))) {
        hits.add(rec);
      }
      if (hits.size() == 50) {
        break;
      }
    }
    String message =
        hits.isEmpty() ? "未查询到符合条件的儿童档案。" : hits.size() == 50 ? "结果过多，仅显示前50条，请输入更精确的条件。" : null;
    return html(HealthPages.search(user, viewState(), name, id, birth, hits, message));
  }

  private Response detail(Request r, Session s) {
    HealthRecord rec = byNo.get(r.text("recordNo"));
    if (rec == null) {
      return html(
          HealthPages.page(
              "错误", ((Account) s.get(USER)).displayName(), "<div class=\"msg\">档案不存在。</div>"));
    }
    return html(HealthPages.detail(((Account) s.get(USER)).displayName(), rec));
  }

  /**
   * A __VIEWSTATE-looking blob: the server ignores it, but a browser posts it back like the real
   * thing.
   */
  private String viewState() {
    byte[] b = new byte[48];
    random.nextBytes(b);
    return Base64.getEncoder().encodeToString(b);
  }

  private static Response html(String page) {
    return Response.html(page, StandardCharsets.UTF_8);
  }
}
