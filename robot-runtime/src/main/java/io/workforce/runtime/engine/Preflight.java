package io.workforce.runtime.engine;

import io.workforce.flows.Flow;
import io.workforce.flows.SystemDef;
import io.workforce.flows.expr.Expressions;
import io.workforce.flows.expr.Scope;
import io.workforce.flows.expr.Template;
import io.workforce.flows.step.Open;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.BrowserSession;
import io.workforce.runtime.Messages;
import io.workforce.runtime.RpaException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every run checks before its first item: each system of the flow has an address (its {@code
 * url} names no unset variable and gives an http(s) address), and each system's log-in page
 * answers. A run that fails here fails once, in one message naming the system and what to do,
 * instead of failing every row with "invalid URL" or a connection error on every try.
 */
public final class Preflight {

  /** Tries of a log-in page at the least, whatever the run's retries. */
  static final int MIN_TRIES = 3;

  private static final Pattern ENV_NAME = Pattern.compile("\\benv\\.([A-Za-z_][A-Za-z0-9_]*)");

  /**
   * A system and the page of it that the run opens first.
   *
   * @param system the system's name in the flow
   * @param address its base address
   * @param loginPage the address of its log-in page (the first {@code open} of its login recipe)
   */
  public record Target(String system, String address, String loginPage) {}

  private Preflight() {}

  /**
   * Checks addresses, then log-in pages in the run's own browser (so the check sees what the run
   * would: its proxy, its certificates).
   *
   * @return per system, the session that found its log-in page: the calling thread's worker logs in
   *     there instead of opening another
   */
  static Map<String, BrowserSession> check(Flow flow, RunOptions options, BrowserDriver driver) {
    List<Target> targets = addresses(flow, options);
    Map<String, BrowserSession> opened = new java.util.LinkedHashMap<>();
    try {
      for (Target target : targets) {
        opened.put(target.system(), answers(target, driver, options));
      }
    } catch (RuntimeException e) {
      opened.values().forEach(BrowserSession::close);
      throw e;
    }
    return opened;
  }

  /**
   * Every system's address and log-in page.
   *
   * @throws PreflightException naming every system without a usable address at once
   */
  public static List<Target> addresses(Flow flow, RunOptions options) {
    Map<String, String> env = FlowEnvironment.of(flow.environment(), options.env());
    Expressions expressions = Expressions.create(options.clock());
    Scope scope = Scope.of(Map.of("env", env));
    List<Target> targets = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> unset = new LinkedHashSet<>();
    for (SystemDef system : flow.systems().values()) {
      List<String> missing = unsetNames(system.url(), env);
      if (!missing.isEmpty()) {
        unset.addAll(missing);
        problems.add(
            Messages.get(
                "preflight.noAddressOne",
                system.name(),
                system.url().source(),
                String.join(", ", missing)));
        continue;
      }
      String address = expressions.render(system.url(), scope).strip();
      if (!address.startsWith("http://") && !address.startsWith("https://")) {
        problems.add(
            Messages.get("preflight.badAddress", system.name(), system.url().source(), address));
        continue;
      }
      targets.add(
          new Target(system.name(), address, loginPage(system, address, expressions, scope)));
    }
    if (!problems.isEmpty()) {
      String example = unset.isEmpty() ? "REGISTRY_URL" : unset.iterator().next();
      throw new PreflightException(
          Messages.get("preflight.noAddress", String.join("; ", problems), example));
    }
    return targets;
  }

  /** The variables that {@code url} names and the run's environment lacks (or has empty). */
  private static List<String> unsetNames(Template url, Map<String, String> env) {
    List<String> out = new ArrayList<>();
    for (Template.Part part : url.parts()) {
      if (part instanceof Template.Expression e) {
        Matcher m = ENV_NAME.matcher(e.code());
        while (m.find()) {
          String value = env.get(m.group(1));
          if ((value == null || value.isBlank()) && !out.contains(m.group(1))) {
            out.add(m.group(1));
          }
        }
      }
    }
    return out;
  }

  /** The first page the login recipe opens (a constant path of it), else the system's address. */
  private static String loginPage(
      SystemDef system, String address, Expressions expressions, Scope scope) {
    if (!system.login().isEmpty()
        && system.login().get(0) instanceof Open open
        && open.url() != null
        && open.url().parts().stream().allMatch(p -> isEnvOnly(p))) {
      String path = expressions.render(open.url(), scope);
      if (path.startsWith("http://") || path.startsWith("https://")) {
        return path;
      }
      return address.replaceAll("/$", "") + "/" + path.replaceAll("^/", "");
    }
    return address;
  }

  /** A part a log-in path can hold before any item exists: text, or {@code ${env.X}}. */
  private static boolean isEnvOnly(Template.Part part) {
    return part instanceof Template.Literal
        || (part instanceof Template.Expression e && e.code().strip().matches("env\\.\\w+"));
  }

  /**
   * The log-in page answers (a page below HTTP 500, in a fresh session of the run's browser); a
   * server error or no answer is tried again like an item's system error ({@link
   * RunOptions#attempts()}, at least {@value #MIN_TRIES} times, so that one passing hiccup never
   * stops a whole run; with backoff).
   *
   * @return the session showing the page
   * @throws PreflightException when it never does
   */
  static BrowserSession answers(Target target, BrowserDriver driver, RunOptions options) {
    String last = null;
    Duration wait = options.backoff();
    int tries = Math.max(MIN_TRIES, options.attempts());
    for (int attempt = 1; attempt <= tries; attempt++) {
      if (attempt > 1) {
        pause(wait);
        wait = min(wait.multipliedBy(2), options.maxBackoff());
      }
      BrowserSession session = driver.newSession();
      try {
        session.timeout(options.stepTimeout());
        session.navigate(target.loginPage());
        return session;
      } catch (RpaException e) {
        session.close();
        last = e.reason();
      }
    }
    throw new PreflightException(
        Messages.get("preflight.down", target.system(), target.loginPage(), last, tries));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static void pause(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
