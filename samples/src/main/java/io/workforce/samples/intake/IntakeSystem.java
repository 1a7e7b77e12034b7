package io.workforce.samples.intake;

import io.workforce.samples.data.Application;
import io.workforce.samples.data.Division;
import io.workforce.samples.data.Divisions;
import io.workforce.samples.web.Account;
import io.workforce.samples.web.Guard;
import io.workforce.samples.web.Html;
import io.workforce.samples.web.Request;
import io.workforce.samples.web.Response;
import io.workforce.samples.web.Routes;
import io.workforce.samples.web.Session;
import io.workforce.samples.web.Sessions;
import io.workforce.samples.web.SystemSettings;
import io.workforce.samples.web.WebServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 政务服务受理系统 — the government service intake system (target system): a three-page wizard per service
 * with cascading region selects loaded by AJAX, a read-only date field set by a JS date picker,
 * {@code confirm()} before submit, server-side validation, a duplicate check that shows the
 * existing receipt, receipt numbers, and a searchable list of filed applications. Pages are UTF-8.
 */
public final class IntakeSystem {

  /** The path of the login page. */
  public static final String LOGIN_PATH = "/login";

  /** Demo accounts: two intake clerks. */
  public static final List<Account> ACCOUNTS =
      List.of(
          new Account("intake", "slry01", "Slry#2019", "王受理"),
          new Account("intake", "slry02", "Slry#2019", "赵受理"));

  static final String USER = "user";

  private final ApplicationStore store;
  private final Sessions sessions;
  private final Wizard wizard;
  private final Guard guard;

  private IntakeSystem(List<Application> initial, SystemSettings settings) {
    this.store = new ApplicationStore(initial);
    this.sessions = new Sessions("SESSION", "/", settings.sessionTimeout(), settings.clock());
    this.wizard = new Wizard(store, settings.clock());
    this.guard = new Guard(sessions, USER, LOGIN_PATH, LOGIN_PATH + "?expired=1");
  }

  /** Starts the intake system holding {@code initial} applications. */
  public static WebServer start(List<Application> initial, SystemSettings settings) {
    IntakeSystem system = new IntakeSystem(initial, settings);
    Routes routes =
        new Routes()
            .get("/", r -> Response.redirect(LOGIN_PATH))
            .get(
                LOGIN_PATH,
                r ->
                    html(IntakeLayout.loginPage(r.param("expired") != null ? "登录已超时，请重新登录" : null)))
            .post(LOGIN_PATH, system::login)
            .get("/logout", system::logout)
            .get("/home", r -> system.secured(r, s -> system.home(s)))
            .get("/api/regions", IntakeSystem::regions)
            .get("/applications", r -> system.secured(r, s -> system.list(r, s)))
            .prefix("/applications/", r -> system.secured(r, s -> system.detail(r, s)))
            .prefix("/apply/", r -> system.secured(r, s -> system.wizard.handle(r, s)));
    if (settings.exportEnabled()) {
      routes.get(
          WebServer.EXPORT_PREFIX + "/intake.json",
          r -> Response.json(Map.of("applications", system.store.all())));
    }
    return WebServer.start(
        "intake",
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
                    a.username().equals(r.text("username"))
                        && a.password().equals(r.param("password")))
            .findFirst();
    if (account.isEmpty()) {
      return html(IntakeLayout.loginPage("账号或密码错误"));
    }
    sessions.find(r).ifPresent(sessions::invalidate);
    Session s = sessions.create();
    s.put(USER, account.get());
    return Response.redirect("/home").withCookie(sessions.cookie(s));
  }

  private Response logout(Request r) {
    sessions.find(r).ifPresent(sessions::invalidate);
    return Response.redirect(LOGIN_PATH).withCookie(sessions.clearCookie());
  }

  private Response secured(Request r, Guard.Page page) throws Exception {
    return guard.secured(r, page);
  }

  private Response home(Session s) {
    long companies = store.search("company", "").size();
    long subsidies = store.search("subsidy", "").size();
    String content =
        "<h2>工作台</h2><p>欢迎您，"
            + Html.esc(user(s).displayName())
            + "。</p>"
            + "<table class=\"grid\" style=\"width:480px\"><tr><th>事项</th><th>已受理</th><th></th></tr>"
            + "<tr><td>新设企业信息采集</td><td id=\"count-company\">"
            + companies
            + "</td><td><a href=\"/apply/company/step1?reset=1\">受理</a></td></tr>"
            + "<tr><td>育儿补贴申领</td><td id=\"count-subsidy\">"
            + subsidies
            + "</td><td><a href=\"/apply/subsidy/step1?reset=1\">受理</a></td></tr>"
            + "</table>";
    return html(IntakeLayout.page("工作台", user(s).displayName(), "home", content));
  }

  private Response list(Request r, Session s) {
    String service = r.text("service");
    String q = r.text("q");
    String content = ListPages.list(store.search(service, q), service, q, r.intParam("page", 1));
    return html(IntakeLayout.page("已受理事项", user(s).displayName(), "list", content));
  }

  private Response detail(Request r, Session s) {
    String receipt = r.path().substring("/applications/".length());
    return store
        .byReceipt(receipt)
        .map(
            a ->
                html(IntakeLayout.page("申请详情", user(s).displayName(), "list", ListPages.detail(a))))
        .orElse(Response.notFound());
  }

  /** {@code [{"code":"330100","name":"杭州市"}, ...]} — the children of {@code parent}. */
  private static Response regions(Request r) {
    List<Division> children = Divisions.table().childrenOf(r.text("parent"));
    return Response.json(children.stream().map(d -> new Region(d.code(), d.name())).toList());
  }

  /** One option of the cascade, as the AJAX answer lists it. */
  record Region(String code, String name) {}

  private static Account user(Session s) {
    return s.get(USER);
  }

  private static Response html(String page) {
    return Response.html(page, StandardCharsets.UTF_8);
  }
}
