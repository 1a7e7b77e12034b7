package io.workforce.orchestrator.robot;

import io.workforce.orchestrator.api.ForbiddenException;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.audit.AuditLog;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.security.Tokens;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment keys: made by administrators, shown once, stored hashed, limited in uses and time,
 * revocable.
 */
@Service
public class EnrolmentKeys {

  private final JdbcClient jdbc;
  private final Clock clock;

  private final AuditLog audit;

  EnrolmentKeys(JdbcClient jdbc, Clock clock, AuditLog audit) {
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Makes a key; its value is in the answer and nowhere else. */
  @Transactional
  public CreatedEnrolmentKey create(NewEnrolmentKey request) {
    String key = Tokens.generate("wfe_");
    Instant now = clock.instant();
    Instant expires = request.validFor() == null ? null : now.plus(request.validFor());
    GeneratedKeyHolder id = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO enrolment_key (key_hash, label, pool, max_uses, created_at, expires_at) VALUES (?,?,?,?,?,?)")
        .params(
            Tokens.hash(key),
            request.label(),
            request.pool(),
            request.maxUses(),
            Db.ts(now),
            Db.ts(expires))
        .update(id, "id");
    audit.record(
        "enrolment-key.create",
        "enrolment-key:" + id.getKey().longValue(),
        "'"
            + request.label()
            + "'"
            + (request.maxUses() == null ? "" : ", " + request.maxUses() + " uses")
            + (expires == null ? "" : ", expires " + expires));
    return new CreatedEnrolmentKey(key, get(id.getKey().longValue()));
  }

  public List<EnrolmentKeyView> list() {
    return jdbc.sql("SELECT * FROM enrolment_key ORDER BY id").query(EnrolmentKeys::view).list();
  }

  public EnrolmentKeyView get(long id) {
    return jdbc.sql("SELECT * FROM enrolment_key WHERE id = ?")
        .param(id)
        .query(EnrolmentKeys::view)
        .optional()
        .orElseThrow(() -> NotFoundException.of("注册密钥", "enrolment key", id));
  }

  @Transactional
  public EnrolmentKeyView revoke(long id) {
    get(id);
    jdbc.sql("UPDATE enrolment_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
        .params(Db.ts(clock.instant()), id)
        .update();
    audit.record("enrolment-key.revoke", "enrolment-key:" + id, null);
    return get(id);
  }

  /**
   * Uses a key for one enrolment (counted atomically so that max-uses holds under concurrency).
   *
   * @return the key's id and pool
   */
  @Transactional
  Use consume(String key) {
    Instant now = clock.instant();
    Use use =
        jdbc.sql("SELECT id, pool FROM enrolment_key WHERE key_hash = ?")
            .param(Tokens.hash(key == null ? "" : key))
            .query((rs, n) -> new Use(rs.getLong("id"), rs.getString("pool")))
            .optional()
            .orElseThrow(EnrolmentKeys::refused);
    int updated =
        jdbc.sql(
                "UPDATE enrolment_key SET uses = uses + 1 WHERE id = ? AND revoked_at IS NULL "
                    + "AND (expires_at IS NULL OR expires_at > ?) AND (max_uses IS NULL OR uses < max_uses)")
            .params(use.id(), Db.ts(now))
            .update();
    if (updated != 1) {
      throw refused();
    }
    return use;
  }

  record Use(long id, String pool) {}

  private static ForbiddenException refused() {
    // one message for unknown, revoked, expired and used-up keys: no oracle for guessing
    return new ForbiddenException(
        Text.of(
            "注册密钥无效、已过期、已撤销或已用完。请向管理员索取新的注册密钥。",
            "the enrolment key is invalid, expired, revoked or used up; ask an administrator for a new one"));
  }

  private static EnrolmentKeyView view(ResultSet rs, int n) throws SQLException {
    return new EnrolmentKeyView(
        rs.getLong("id"),
        rs.getString("label"),
        rs.getString("pool"),
        Db.integer(rs, "max_uses"),
        rs.getInt("uses"),
        Db.instant(rs, "created_at"),
        Db.instant(rs, "expires_at"),
        Db.instant(rs, "revoked_at"));
  }
}
