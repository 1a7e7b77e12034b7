package io.workforce.orchestrator.audit;

import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log: who did what, when, from where. Features call {@link #record} inside the
 * transaction of the change itself, so that a change is never without its audit row and an audit
 * row never without its change; refusals (failed log-ins, refused checkouts) use {@link
 * #recordSeparately}, which survives the roll-back. Append-only: there is no code that changes a
 * row, and a database trigger refuses UPDATE and DELETE. Details never carry a secret.
 */
@Service
public class AuditLog {

  /** How the action ended. */
  public enum Outcome {
    OK,
    FAILED,
    DENIED
  }

  private final JdbcClient jdbc;
  private final Clock clock;
  private final TransactionTemplate separate;

  AuditLog(JdbcClient jdbc, Clock clock, PlatformTransactionManager tm) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.separate = new TransactionTemplate(tm);
    this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** A successful action by the current caller (or the system, outside a request). */
  public void record(String action, String target, String detail) {
    record(action, target, Outcome.OK, detail);
  }

  /** An action by the current caller (or the system, outside a request). */
  public void record(String action, String target, Outcome outcome, String detail) {
    Caller caller = Caller.current();
    insert(actor(caller), kind(caller), action, target, outcome, detail);
  }

  /**
   * An action recorded in its own transaction, so that it stays when the caller's transaction rolls
   * back.
   */
  public void recordSeparately(String action, String target, Outcome outcome, String detail) {
    Caller caller = Caller.current();
    separate.executeWithoutResult(
        s -> insert(actor(caller), kind(caller), action, target, outcome, detail));
  }

  /**
   * An action of a party the request does not authenticate, e.g. a robot enrolling: in the current
   * transaction.
   */
  public void recordFor(
      String actor, String actorKind, String action, String target, String detail) {
    insert(actor, actorKind, action, target, Outcome.OK, detail);
  }

  /**
   * An action by someone not (yet) known, e.g. a failed log-in under a claimed name; own
   * transaction.
   */
  public void recordClaimed(String claimedName, String action, Outcome outcome, String detail) {
    separate.executeWithoutResult(
        s -> insert(claimedName, "ANONYMOUS", action, "user:" + claimedName, outcome, detail));
  }

  /**
   * An action of an unknown party on a target that is no user, e.g. a client address locked out
   * after failed log-ins; own transaction.
   */
  public void recordAnonymous(String action, String target, Outcome outcome, String detail) {
    separate.executeWithoutResult(
        s -> insert("anonymous", "ANONYMOUS", action, target, outcome, detail));
  }

  private void insert(
      String actor, String kind, String action, String target, Outcome outcome, String detail) {
    jdbc.sql(
            "INSERT INTO audit_event (at, actor, actor_kind, action, target, outcome, detail, remote_addr) "
                + "VALUES (?,?,?,?,?,?,?,?)")
        .params(
            Db.ts(clock.instant()),
            cut(actor, 120),
            kind,
            action,
            cut(target, 300),
            outcome.name(),
            cut(detail, 2000),
            remoteAddress())
        .update();
  }

  private static String actor(Caller caller) {
    return caller instanceof Caller.Anonymous && RequestContextHolder.getRequestAttributes() == null
        ? "system"
        : caller.actor();
  }

  private static String kind(Caller caller) {
    if (caller instanceof Caller.User) {
      return "USER";
    }
    if (caller instanceof Caller.Robot) {
      return "ROBOT";
    }
    return RequestContextHolder.getRequestAttributes() == null ? "SYSTEM" : "ANONYMOUS";
  }

  private static String remoteAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
      HttpServletRequest request = a.getRequest();
      return cut(request.getRemoteAddr(), 64);
    }
    return null;
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
