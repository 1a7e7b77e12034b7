package io.workforce.orchestrator.vault;

import io.workforce.orchestrator.audit.AuditLog;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.user.ErasedCredentials;
import io.workforce.orchestrator.user.PasswordWasReset;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An administrator's password reset erases the user's own values of personal credentials, in the
 * reset's transaction: an administrator who resets a clerk's password and logs in as the clerk
 * finds nothing of the clerk's to use (issue 25 item 3). Each erasure is remembered (never the
 * value) until the owner sets that credential again, so that they are told at their next log-in.
 */
@Component
class PersonalValueErasure implements ErasedCredentials {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final AuditLog audit;

  PersonalValueErasure(JdbcClient jdbc, Clock clock, AuditLog audit) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.audit = audit;
  }

  @EventListener
  void passwordWasReset(PasswordWasReset reset) {
    record Value(long credentialId, String name) {}
    List<Value> values =
        jdbc.sql(
                "SELECT c.id, c.name FROM credential_value v JOIN credential c ON c.id = v.credential_id "
                    + "WHERE v.owner = ? AND c.kind = 'PERSONAL' ORDER BY c.name")
            .param(reset.username())
            .query((rs, n) -> new Value(rs.getLong(1), rs.getString(2)))
            .list();
    if (values.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    for (Value v : values) {
      jdbc.sql("DELETE FROM credential_value WHERE credential_id = ? AND owner = ?")
          .params(v.credentialId(), reset.username())
          .update();
      jdbc.sql("DELETE FROM credential_erasure WHERE credential_id = ? AND owner = ?")
          .params(v.credentialId(), reset.username())
          .update();
      jdbc.sql("INSERT INTO credential_erasure (credential_id, owner, erased_at) VALUES (?,?,?)")
          .params(v.credentialId(), reset.username(), Db.ts(now))
          .update();
    }
    audit.record(
        "credential.personal.erase",
        "user:" + reset.username(),
        "own values of "
            + values.stream().map(Value::name).toList()
            + " erased by the password reset; "
            + reset.username()
            + " sets them again");
  }

  /** The owner set the credential again: nothing left to tell them about it. */
  void setAgain(long credentialId, String owner) {
    jdbc.sql("DELETE FROM credential_erasure WHERE credential_id = ? AND owner = ?")
        .params(credentialId, owner)
        .update();
  }

  /** When this person's value of this credential was erased and not set since, or null. */
  Instant erasedAt(String credential, String owner) {
    return jdbc.sql(
            "SELECT e.erased_at FROM credential_erasure e JOIN credential c ON c.id = e.credential_id "
                + "WHERE c.name = ? AND e.owner = ?")
        .params(credential, owner)
        .query((rs, n) -> Db.instant(rs, "erased_at"))
        .optional()
        .orElse(null);
  }

  @Override
  public List<String> erasedFor(String username) {
    return jdbc.sql(
            "SELECT c.name FROM credential_erasure e JOIN credential c ON c.id = e.credential_id "
                + "WHERE e.owner = ? ORDER BY c.name")
        .param(username)
        .query(String.class)
        .list();
  }
}
