package io.workforce.runtime.engine;

import io.workforce.flows.SystemDef;
import io.workforce.flows.expr.Scope;
import io.workforce.runtime.BrowserSession;
import io.workforce.runtime.SystemException;
import io.workforce.runtime.vault.Credential;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One worker's browser sessions, one per system, each logged in once through the system's login
 * recipe and kept across items. A session that the system logged out is logged in again; one whose
 * page or browser died, or that was in use when a system error struck, is replaced before the next
 * try.
 */
final class Sessions implements AutoCloseable {

  /** The key of the session used by {@code open: URL} steps outside any system. */
  static final String NO_SYSTEM = "";

  private final RunContext run;
  private final StepExecutor executor;
  private final Map<String, BrowserSession> open = new HashMap<>();
  private final Set<String> loggingIn = new HashSet<>();
  private int logins;

  Sessions(RunContext run, StepExecutor executor) {
    this.run = run;
    this.executor = executor;
  }

  /** The session of {@code system}, created and logged in if this worker has none yet. */
  BrowserSession forSystem(String system, ItemContext ctx) {
    BrowserSession session = open.get(system);
    if (session == null) {
      session = NO_SYSTEM.equals(system) ? null : run.takeChecked(system);
      if (session == null) {
        session = run.driver.newSession();
      }
      session.timeout(run.options.stepTimeout());
      open.put(system, session);
      if (!NO_SYSTEM.equals(system)) {
        logIn(system, ctx);
      }
    }
    return session;
  }

  /** The session page steps act on: the current system's, or a plain one. */
  BrowserSession current(ItemContext ctx) {
    return forSystem(ctx.system == null ? NO_SYSTEM : ctx.system, ctx);
  }

  /** The session of {@code system} if this worker has one (never creates one). */
  BrowserSession peek(String system) {
    return open.get(system == null ? NO_SYSTEM : system);
  }

  /**
   * Whether {@code system}'s login recipe is running (its steps must not trigger another login).
   */
  boolean loggingIn(String system) {
    return loggingIn.contains(system);
  }

  /**
   * Runs the system's login steps in this worker's session, with {@code ${credential.…}} in scope.
   */
  void logIn(String system, ItemContext ctx) {
    SystemDef def = run.systems.get(system);
    if (def == null) {
      throw new SystemException("unknown system '" + system + "'");
    }
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("env", run.env());
    if (def.credential() != null) {
      Credential credential = run.credentials.get(def.credential());
      if (credential == null) {
        throw new SystemException("no credential '" + def.credential() + "' for system " + system);
      }
      vars.put("credential", credential.asVariables());
    }
    Scope itemScope = ctx.scope;
    String itemSystem = ctx.system;
    loggingIn.add(system);
    try {
      ctx.scope = Scope.of(vars);
      ctx.system = system;
      executor.runAll(def.login(), ctx);
      logins++;
    } finally {
      loggingIn.remove(system);
      ctx.scope = itemScope;
      ctx.system = itemSystem;
    }
  }

  /**
   * After a system error: drops the session that was in use and any whose browser died, so that the
   * next try starts on a fresh, newly logged-in session.
   */
  void recover(ItemContext ctx) {
    String inUse = ctx.system == null ? NO_SYSTEM : ctx.system;
    for (String system : Set.copyOf(open.keySet())) {
      BrowserSession session = open.get(system);
      if (system.equals(inUse) || !session.isAlive()) {
        open.remove(system).close();
      }
    }
  }

  /** How many logins this worker did (a figure for the journal and the tests). */
  int logins() {
    return logins;
  }

  @Override
  public void close() {
    open.values().forEach(BrowserSession::close);
    open.clear();
  }
}
