package io.workforce.samples.archive;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 档案管理系统 — the archive system: the lists and tables of old systems in one place, each shape a page
 * under {@code /dagl/} (see {@link ArchivePages#index}). Read-only; the data come from {@link
 * ArchiveTruth}, so every list has an exact expected reading.
 */
public final class ArchiveSystem {

  /** The path of the login page. */
  public static final String LOGIN_PATH = "/dagl/login.do";

  /** Demo account: an archivist. */
  public static final List<Account> ACCOUNTS =
      List.of(new Account("archive", "dagl01", "Dagl@2012", "周档案"));

  private static final String USER = "user";
  private static final String BASE = "/dagl/";

  private final ArchiveTruth truth;
  private final AtomicBoolean arrived = new AtomicBoolean();
  private final Map<String, AtomicInteger> busy = new ConcurrentHashMap<>();
  private final Sessions sessions;
  private final Guard guard;

  private ArchiveSystem(ArchiveTruth truth, SystemSettings settings) {
    this.truth = truth;
    this.sessions =
        new Sessions("JSESSIONID", "/dagl", settings.sessionTimeout(), settings.clock());
    this.guard = new Guard(sessions, USER, LOGIN_PATH, LOGIN_PATH + "?timeout=1");
  }

  /** Starts the archive system serving {@code truth}. */
  public static WebServer start(ArchiveTruth truth, SystemSettings settings) {
    ArchiveSystem s = new ArchiveSystem(truth, settings);
    List<ArchiveRecord> all = truth.records();
    Routes routes =
        new Routes()
            .get("/", r -> Response.redirect(LOGIN_PATH))
            .get(
                LOGIN_PATH,
                r -> html(ArchivePages.login(r.param("timeout") != null ? "会话已超时，请重新登录。" : null)))
            .post(LOGIN_PATH, s::login)
            .get(BASE + "logout.do", s::logout)
            .get(BASE + "index.do", r -> s.page(r, u -> ArchivePages.index(u)))
            .get(
                BASE + "numbered.do",
                r -> s.page(r, u -> PagerPages.numbered(u, all, r.intParam("page", 1))))
            .any(
                BASE + "Records.aspx",
                r -> s.page(r, u -> PostBackPage.render(u, all, postBack(r))))
            .any(BASE + "Register.aspx", r -> s.page(r, u -> register(u, all, r)))
            .get(
                BASE + "list.do",
                r ->
                    s.page(
                        r,
                        u -> PagerPages.list(u, all, r.intParam("p", 1), r.intParam("stuck", 0))))
            .any(
                BASE + "pagebox.do",
                r -> s.page(r, u -> PagerPages.pageBox(u, all, r.intParam("pageNo", 1))))
            .get(BASE + "more.do", r -> s.page(r, u -> AppendingPages.loadMore(u, all)))
            .get(BASE + "feed.do", r -> s.page(r, u -> AppendingPages.feed(u, all)))
            .get(BASE + "api/records.do", s::records)
            .get(BASE + "headers.do", r -> s.page(r, u -> TablePages.headers(u, all)))
            .get(BASE + "summary.do", r -> s.page(r, u -> TablePages.summary(u, all)))
            .get(
                BASE + "browse.do",
                r -> s.page(r, u -> TablePages.browse(u, all, r.intParam("delay", 600))))
            .get(BASE + "detail.do", s::detail)
            .get(BASE + "changing.do", r -> s.page(r, u -> s.changing(u, r.intParam("p", 1))))
            .get(
                BASE + "visits.do",
                r -> s.page(r, u -> TablePages.visits(u, truth.visits(), r.intParam("p", 1))));
    if (settings.exportEnabled()) {
      routes.get(WebServer.EXPORT_PREFIX + "/archive.json", r -> Response.json(truth));
      // tests only: the next views of this file's detail page fail, as a busy system's do
      routes.post(
          WebServer.EXPORT_PREFIX + "/archive/busy",
          r -> s.busy(r.text("no"), r.intParam("times", 1)));
    }
    return WebServer.start(
        "archive",
        settings.host(),
        settings.port(),
        routes,
        settings.chaos(),
        StandardCharsets.UTF_8);
  }

  /** The changing list: the arrival joins it on top when a second page is first asked for. */
  private String changing(String user, int page) {
    if (page >= 2) {
      arrived.set(true);
    }
    List<ArchiveRecord> shown = new ArrayList<>();
    if (arrived.get()) {
      shown.add(truth.arrival());
    }
    shown.addAll(truth.records());
    return PagerPages.changing(user, shown, page);
  }

  private static int postBack(Request r) {
    return PostBackPage.requestedPage(
        r.isPost(),
        r.param("__EVENTTARGET"),
        r.param("__EVENTARGUMENT"),
        r.param("__VIEWSTATE"),
        PostBackPage.pageCount(ArchiveGenerator.RECORDS));
  }

  private static String register(String user, List<ArchiveRecord> all, Request r) {
    int stuck = r.intParam("stuck", 0);
    int page =
        RegisterPage.requestedPage(
            r.isPost(),
            r.param("__EVENTTARGET"),
            r.param("__EVENTARGUMENT"),
            r.param("__VIEWSTATE"),
            stuck);
    return RegisterPage.render(user, all, page, "next".equals(r.param("pager")), stuck);
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
      return html(ArchivePages.login("用户名或密码错误。"));
    }
    Session session = sessions.create();
    session.put(USER, account.get());
    return Response.redirect(BASE + "index.do").withCookie(sessions.cookie(session));
  }

  private Response logout(Request r) {
    sessions.find(r).ifPresent(sessions::invalidate);
    return Response.redirect(LOGIN_PATH).withCookie(sessions.clearCookie());
  }

  /** A page for a logged-in user; the function gets the user's display name. */
  private Response page(Request r, java.util.function.Function<String, String> render)
      throws Exception {
    return guard.secured(
        r, session -> html(render.apply(((Account) session.get(USER)).displayName())));
  }

  private Response records(Request r) throws Exception {
    return guard.secured(
        r,
        session ->
            Response.json(
                AppendingPages.records(
                    truth.records(), r.intParam("offset", 0), r.intParam("limit", 10))));
  }

  /** A record's detail; {@code delay=ms} answers late, as a slow detail frame does. */
  private Response busy(String no, int times) {
    busy.put(no, new AtomicInteger(times));
    return Response.json(Map.of("busy", no, "times", times));
  }

  private Response detail(Request r) throws Exception {
    int delay = Math.max(0, Math.min(r.intParam("delay", 0), 5000));
    if (delay > 0) {
      Thread.sleep(delay);
    }
    AtomicInteger failures = busy.get(r.text("no"));
    if (failures != null && failures.getAndDecrement() > 0) {
      return Response.html(
          503,
          "<html><head><title>503 系统繁忙</title></head><body><h1>系统繁忙，请稍后再试。</h1></body></html>",
          StandardCharsets.UTF_8);
    }
    return page(r, u -> TablePages.detail(u, truth.record(r.text("no"))));
  }

  private static Response html(String page) {
    return Response.html(page, StandardCharsets.UTF_8);
  }
}
