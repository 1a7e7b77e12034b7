package io.workforce.runtime.fake;

import io.workforce.runtime.BrowserSession;
import io.workforce.runtime.DialogAnswer;
import io.workforce.runtime.ElementTimeoutException;
import io.workforce.runtime.Messages;
import io.workforce.runtime.PageState;
import io.workforce.runtime.Selector;
import io.workforce.runtime.SystemException;
import io.workforce.runtime.WaitState;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * One session of the in-memory browser: a jsoup document of the current {@link FakeWeb} page.
 * Element actions never wait: what is not on the page now is an {@link ElementTimeoutException} at
 * once, so a test of a failure takes no time. CSS, {@code xpath=} and {@code text=} selectors work;
 * scripts, frames, windows and files are not modelled (they stay with the browser ITs).
 */
public final class FakePage implements BrowserSession {

  private static final String BLANK = "about:blank";

  private final FakeWeb web;
  private Document doc = Jsoup.parse("<html><head></head><body></body></html>");
  private String url = BLANK;
  private Duration timeout = Duration.ofSeconds(30);
  private int loggedInAt;
  private boolean closed;
  private int actions;

  FakePage(FakeWeb web) {
    this.web = web;
  }

  /** How many element actions (click, fill, read…) this session did. */
  public int actions() {
    return actions;
  }

  @Override
  public void navigate(String address) {
    alive();
    URI uri = URI.create(address.startsWith("/") ? FakeWeb.BASE + address : address);
    String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
    boolean loggedIn = loggedInAt >= web.generation();
    FakeWeb.Answer answer = web.visit(path, query(uri.getRawQuery()), loggedIn);
    url =
        FakeWeb.BASE
            + answer.path()
            + (answer.path().equals(path) && uri.getRawQuery() != null
                ? "?" + uri.getRawQuery()
                : "");
    if (answer.html() == null) {
      doc =
          Jsoup.parse(
              "<html><head><title>500</title></head><body>Internal Server Error</body></html>");
      throw new SystemException(
          Messages.get("error.navigation", address, "HTTP 500 — " + state().text()));
    }
    doc = Jsoup.parse(answer.html());
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> q = new LinkedHashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        q.put(
            decode(eq < 0 ? pair : pair.substring(0, eq)),
            eq < 0 ? "" : decode(pair.substring(eq + 1)));
      }
    }
    return q;
  }

  private static String decode(String s) {
    return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public String url() {
    return url;
  }

  @Override
  public String title() {
    return doc.title();
  }

  @Override
  public void timeout(Duration value) {
    timeout = value;
  }

  @Override
  public Duration timeout() {
    return timeout;
  }

  @Override
  public void click(Selector target, boolean doubleClick) {
    activate(one(target, "visible"));
  }

  @Override
  public void clickNth(Selector target, int index) {
    List<Element> all = all(target);
    if (index >= all.size()) {
      throw timedOut(target, "visible");
    }
    activate(all.get(index));
  }

  private void activate(Element e) {
    if (e.hasAttr("data-login")) {
      Element password = doc.selectFirst("#password");
      if (password != null && FakeWeb.PASSWORD.equals(password.attr("value"))) {
        loggedInAt = web.logIn();
      }
      navigate(e.attr("data-login"));
    } else if (e.hasAttr("data-go")) {
      navigate(e.attr("data-go"));
    } else if (e.is("a[href]")) {
      navigate(e.attr("href"));
    }
  }

  @Override
  public void hover(Selector target) {
    one(target, "visible");
  }

  @Override
  public void press(Selector target, String key) {
    if (target != null) {
      one(target, "visible");
    }
  }

  @Override
  public void fill(Selector target, String text, boolean force) {
    Element e = one(target, "editable");
    if (e.is("textarea")) {
      e.text(text);
    } else {
      e.attr("value", text);
    }
  }

  @Override
  public void select(Selector target, String option) {
    Element e = one(target, "visible");
    Elements options = e.select("option");
    Element chosen =
        options.stream()
            .filter(o -> option.equals(o.attr("value")) || option.equals(o.text()))
            .findFirst()
            .orElseThrow(() -> timedOut(target, "option " + option));
    options.forEach(o -> o.removeAttr("selected"));
    chosen.attr("selected", true);
  }

  @Override
  public void selectIndex(Selector target, int index) {
    Elements options = one(target, "visible").select("option");
    options.forEach(o -> o.removeAttr("selected"));
    options.get(index).attr("selected", true);
  }

  @Override
  public void check(Selector target, boolean checked) {
    one(target, "visible").attr("checked", checked);
  }

  @Override
  public String read(Selector target) {
    return value(one(target, "attached"));
  }

  private static String value(Element e) {
    if (e.is("input")) {
      return e.attr("value");
    }
    if (e.is("select")) {
      Element chosen = e.selectFirst("option[selected]");
      chosen = chosen == null ? e.selectFirst("option") : chosen;
      return chosen == null ? "" : chosen.hasAttr("value") ? chosen.attr("value") : chosen.text();
    }
    return e.is("textarea") ? e.wholeText() : e.text().strip();
  }

  @Override
  public String attribute(Selector target, String name) {
    Element e = one(target, "attached");
    return e.hasAttr(name) ? e.attr(name) : null;
  }

  @Override
  public List<String> readAll(Selector target) {
    return all(target).stream().map(FakePage::value).toList();
  }

  @Override
  public Object evaluateOn(Selector target, String function, Object arg) {
    throw notModelled("page scripts");
  }

  @Override
  public Object evaluateAll(Selector target, String function, Object arg) {
    throw notModelled("page scripts");
  }

  @Override
  public int count(Selector target) {
    return all(target).size();
  }

  @Override
  public boolean isVisible(Selector target) {
    return all(target).stream().anyMatch(FakePage::shown);
  }

  @Override
  public void waitFor(Selector target, WaitState state, Duration wait) {
    boolean visible = isVisible(target);
    boolean ok =
        switch (state) {
          case VISIBLE -> visible;
          case HIDDEN -> !visible;
          case ATTACHED -> count(target) > 0;
        };
    if (!ok) {
      throw new ElementTimeoutException(target.source(), state.name(), wait, state(), null);
    }
  }

  @Override
  public void upload(Selector input, List<Path> files) {
    throw notModelled("files");
  }

  @Override
  public Path download(Selector trigger, Path dir) {
    throw notModelled("files");
  }

  @Override
  public void clickForPopup(Selector trigger) {
    throw notModelled("windows");
  }

  @Override
  public String windowId() {
    return "main";
  }

  @Override
  public void closeWindow(String windowId) {
    throw notModelled("windows");
  }

  @Override
  public void switchToNewWindow() {
    throw notModelled("windows");
  }

  @Override
  public void switchToMainWindow() {}

  @Override
  public void switchWindow(String titleOrUrl) {
    throw notModelled("windows");
  }

  @Override
  public void closeWindow() {
    throw notModelled("windows");
  }

  @Override
  public void enterFrame(Selector frame) {
    throw notModelled("frames");
  }

  @Override
  public void leaveFrames() {}

  @Override
  public void answerDialogs(DialogAnswer answer) {}

  @Override
  public Optional<String> lastDialog() {
    return Optional.empty();
  }

  @Override
  public String evaluate(String expression) {
    throw notModelled("page scripts");
  }

  @Override
  public Object script(String function, Selector element, List<Object> args) {
    throw notModelled("page scripts");
  }

  @Override
  public byte[] screenshot(boolean fullPage) {
    return new byte[] {(byte) 0x89, 'P', 'N', 'G'};
  }

  @Override
  public byte[] screenshot(Selector element) {
    one(element, "visible");
    return screenshot(false);
  }

  @Override
  public String html() {
    return doc.outerHtml();
  }

  @Override
  public PageState state() {
    return PageState.of(url, doc.title(), doc.body() == null ? "" : doc.body().text());
  }

  @Override
  public boolean isAlive() {
    return !closed;
  }

  @Override
  public void close() {
    closed = true;
  }

  private void alive() {
    if (closed) {
      throw new SystemException("the fake session was closed");
    }
  }

  private Element one(Selector target, String waitingFor) {
    alive();
    actions++;
    List<Element> all = all(target);
    if (all.isEmpty() || ("visible".equals(waitingFor) && !shown(all.get(0)))) {
      throw timedOut(target, waitingFor);
    }
    if (all.size() > 1) {
      throw new SystemException(
          Messages.get("error.ambiguous", target.source(), all.size(), all.get(0).cssSelector()));
    }
    return all.get(0);
  }

  private ElementTimeoutException timedOut(Selector target, String waitingFor) {
    return new ElementTimeoutException(target.source(), waitingFor, timeout, state(), null);
  }

  private List<Element> all(Selector target) {
    List<Element> found;
    if (target instanceof Selector.Css c) {
      found = doc.select(c.css());
    } else if (target instanceof Selector.XPath x) {
      found = doc.selectXpath(x.xpath());
    } else if (target instanceof Selector.Text t) {
      found = byText(t.text(), t.exact());
    } else {
      throw notModelled(target.kind() + " selectors");
    }
    return target.visibleOnly() ? found.stream().filter(FakePage::shown).toList() : found;
  }

  /** The smallest elements whose text contains (or is) {@code text}, as the drivers' text=. */
  private List<Element> byText(String text, boolean exact) {
    String wanted = normal(text);
    return doc.body().select("*").stream()
        .filter(e -> matches(e, wanted, exact))
        .filter(e -> e.children().stream().noneMatch(c -> matches(c, wanted, exact)))
        .toList();
  }

  private static boolean matches(Element e, String wanted, boolean exact) {
    String shown = normal(e.text());
    return exact ? shown.equals(wanted) : shown.contains(wanted);
  }

  private static String normal(String s) {
    return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  private static boolean shown(Element e) {
    for (Element at = e; at != null; at = at.parent()) {
      if (at.hasAttr("hidden") || at.attr("style").replace(" ", "").contains("display:none")) {
        return false;
      }
    }
    return true;
  }

  private static UnsupportedOperationException notModelled(String what) {
    return new UnsupportedOperationException(
        "the in-memory browser does not model " + what + ": test this with a browser IT");
  }
}
