package io.workforce.samples.registry;

import io.workforce.samples.data.Company;
import io.workforce.samples.data.DataGenerator;
import io.workforce.samples.web.Account;
import io.workforce.samples.web.Guard;
import io.workforce.samples.web.Html;
import io.workforce.samples.web.Request;
import io.workforce.samples.web.Response;
import io.workforce.samples.web.Routes;
import io.workforce.samples.web.Session;
import io.workforce.samples.web.Sessions;
import io.workforce.samples.web.SystemSettings;
import io.workforce.samples.web.TextImage;
import io.workforce.samples.web.WebServer;
import java.nio.charset.Charset;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 企业登记系统 — the enterprise registry (source system), a 2008-style JSP application under {@code
 * /qydj/}: GBK pages, a login form with a hidden CSRF token, a frameset, a search paginated by
 * POST, a detail pop-up, values as images, an idle session timeout, and one session per account (a
 * second login ends the first, as many old systems did).
 */
public final class RegistrySystem {

  /** The application's context path. */
  public static final String CONTEXT = "/qydj";

  /** The path of the login page. */
  public static final String LOGIN_PATH = CONTEXT + "/login.jsp";

  public static final Charset GBK = Charset.forName("GBK");

  /** Demo accounts: two registry clerks, so that two robots can work at once. */
  public static final List<Account> ACCOUNTS =
      List.of(
          new Account("registry", "djy01", "Djy@2008", "张登记"),
          new Account("registry", "djy02", "Djy@2008", "李登记"));

  private static final String USER = "user";
  private static final String TOKEN = "token";

  private final Map<String, Company> byId = new LinkedHashMap<>();
  private final List<Company> companies;
  private final Sessions sessions;
  private final Guard guard;
  private final Map<String, String> sessionOfUser = new ConcurrentHashMap<>();

  /** Sessions ended by a second login of the same account: their next request says so. */
  private final Set<String> kicked = ConcurrentHashMap.newKeySet();

  private final SecureRandom random = new SecureRandom();
  private final int newThisMonth;

  private RegistrySystem(List<Company> companies, SystemSettings settings) {
    this.companies = List.copyOf(companies);
    companies.forEach(c -> byId.put(c.id(), c));
    this.sessions =
        new Sessions("JSESSIONID", CONTEXT, settings.sessionTimeout(), settings.clock());
    this.guard = new Guard(sessions, USER, LOGIN_PATH, LOGIN_PATH + "?timeout=1");
    this.newThisMonth =
        (int)
            companies.stream()
                .filter(c -> !c.establishedOn().isBefore(DataGenerator.NEW_SINCE))
                .count();
  }

  /** Starts the registry serving {@code companies}. */
  public static WebServer start(List<Company> companies, SystemSettings settings) {
    RegistrySystem system = new RegistrySystem(companies, settings);
    Routes routes =
        new Routes()
            .get("/", r -> Response.redirect(LOGIN_PATH))
            .get(CONTEXT, r -> Response.redirect(LOGIN_PATH))
            .get(CONTEXT + "/", r -> Response.redirect(LOGIN_PATH))
            .get(LOGIN_PATH, system::loginPage)
            .post(CONTEXT + "/login.do", system::login)
            .any(CONTEXT + "/logout.do", system::logout)
            .get(
                CONTEXT + "/main.jsp",
                r -> system.secured(r, s -> html(Layout.frameset(user(s).displayName()))))
            .get(
                CONTEXT + "/top.jsp",
                r -> system.secured(r, s -> html(Layout.top(user(s).displayName()))))
            .get(CONTEXT + "/menu.jsp", r -> system.secured(r, s -> html(Layout.menu())))
            .get(
                CONTEXT + "/welcome.jsp",
                r ->
                    system.secured(
                        r, s -> html(Layout.welcome(user(s).displayName(), system.newThisMonth))))
            .any(CONTEXT + "/search.do", r -> system.secured(r, s -> system.search(r)))
            .get(CONTEXT + "/detail.do", r -> system.secured(r, s -> system.detail(r)))
            .get(CONTEXT + "/image.do", r -> system.secured(r, s -> system.image(r)));
    if (settings.exportEnabled()) {
      routes.get(
          WebServer.EXPORT_PREFIX + "/registry.json",
          r -> Response.json(Map.of("companies", system.companies)));
    }
    return WebServer.start(
        "registry", settings.host(), settings.port(), routes, settings.chaos(), GBK);
  }

  private Response loginPage(Request r) {
    String message =
        r.param("timeout") != null
            ? "您的会话已超时，请重新登录！"
            : r.param("kicked") != null ? "您的账号已在其他地方登录，您已被迫下线！" : null;
    return loginForm(message, "");
  }

  private Response login(Request r) {
    Optional<Session> pre = sessions.find(r);
    String token = pre.map(s -> (String) s.get(TOKEN)).orElse(null);
    if (token == null || !token.equals(r.param("token"))) {
      return loginForm("页面已过期或非法提交，请重新登录！", r.text("userName"));
    }
    Account account =
        ACCOUNTS.stream()
            .filter(
                a ->
                    a.username().equals(r.text("userName"))
                        && a.password().equals(r.param("password")))
            .findFirst()
            .orElse(null);
    if (account == null) {
      return loginForm("用户名或密码错误！", r.text("userName"));
    }
    sessions.invalidate(pre.get());
    Session session = sessions.create();
    session.put(USER, account);
    String previous = sessionOfUser.put(account.username(), session.id());
    if (previous != null) {
      kicked.add(previous);
    }
    return Response.redirect(CONTEXT + "/main.jsp").withCookie(sessions.cookie(session));
  }

  /** A login form bound to a fresh pre-login session that holds the form's CSRF token. */
  private Response loginForm(String message, String username) {
    Session pre = sessions.create();
    String token = HexFormat.of().formatHex(nextBytes());
    pre.put(TOKEN, token);
    return html(LoginPage.render(token, message, username)).withCookie(sessions.cookie(pre));
  }

  private Response logout(Request r) {
    sessions
        .find(r)
        .ifPresent(
            s -> {
              Account a = s.get(USER);
              if (a != null) {
                sessionOfUser.remove(a.username(), s.id());
              }
              sessions.invalidate(s);
            });
    return Response.redirect(LOGIN_PATH).withCookie(sessions.clearCookie());
  }

  /**
   * Runs {@code page} for a logged-in session; otherwise sends the browser to the login page and
   * says why.
   */
  private Response secured(Request r, Guard.Page page) throws Exception {
    if (kicked.remove(r.cookie("JSESSIONID").orElse(""))) {
      guard.session(r).ifPresent(sessions::invalidate);
      return Response.redirect(LOGIN_PATH + "?kicked=1");
    }
    return guard.secured(r, page);
  }

  private Response search(Request r) {
    if (!r.isPost()) {
      return html(SearchPage.render(new SearchQuery("", "", "", "", 1), null, null));
    }
    SearchQuery q = SearchQuery.of(r);
    String problem = q.problem();
    return html(SearchPage.render(q, problem == null ? q.filter(companies) : null, problem));
  }

  private Response detail(Request r) {
    Company c = byId.get(r.text("id"));
    if (c == null) {
      return html(
          Layout.page(
              "错误",
              "<body><p class=\"error\">未找到该企业的登记信息（id="
                  + Html.esc(r.text("id"))
                  + "）。</p></body>"));
    }
    return html(DetailPage.render(c));
  }

  private Response image(Request r) {
    Company c = byId.get(r.text("id"));
    if (c == null) {
      return Response.notFound();
    }
    return switch (r.text("type")) {
      case "capital" -> Response.png(TextImage.png(c.capitalText()));
      case "idno" -> Response.png(TextImage.png(c.legalRep().idNumber()));
      default -> Response.notFound();
    };
  }

  private byte[] nextBytes() {
    byte[] b = new byte[16];
    random.nextBytes(b);
    return b;
  }

  private static Account user(Session s) {
    return s.get(USER);
  }

  private static Response html(String page) {
    return Response.html(page, GBK);
  }
}
