package io.workforce.orchestrator.robot;

import io.workforce.orchestrator.api.ForbiddenException;
import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.audit.AuditLog;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.security.Tokens;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
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

  /** The longest a key may work: a forgotten key must not let robots in for ever after. */
  static final Duration MAX_VALIDITY = Duration.ofDays(365);

  /** How long a key to re-enrol one robot works. */
  static final Duration RE_ENROLMENT_VALIDITY = Duration.ofDays(1);

  /** Makes a key; its value is in the answer and nowhere else. */
  @Transactional
  public CreatedEnrolmentKey create(NewEnrolmentKey request) {
    Duration validFor = request.validFor();
    if (validFor != null
        && (validFor.isNegative() || validFor.isZero() || validFor.compareTo(MAX_VALIDITY) > 0)) {
      throw InvalidRequestException.field(
          "validFor",
          "有效期须大于 0, 最长 " + MAX_VALIDITY.toDays() + " 天 (例如 P7D)",
          "must be more than zero and at most "
              + MAX_VALIDITY.toDays()
              + " days, e.g. P7D (got "
              + validFor
              + ")");
    }
    return insert(request.label(), request.pool(), request.maxUses(), validFor, null);
  }

  /**
   * Makes a one-use key that re-enrols this robot only (a reinstalled machine): the explicit
   * administrator action without which nobody enrols under a name already taken.
   */
  @Transactional
  public CreatedEnrolmentKey createForRobot(RobotView robot) {
    return insert(
        "re-enrolment of robot " + robot.name(),
        robot.pool(),
        1,
        RE_ENROLMENT_VALIDITY,
        robot.id());
  }

  private CreatedEnrolmentKey insert(
      String label, String pool, Integer maxUses, Duration validFor, Long robotId) {
    String key = Tokens.generate("wfe_");
    Instant now = clock.instant();
    Instant expires = validFor == null ? null : now.plus(validFor);
    GeneratedKeyHolder id = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO enrolment_key (key_hash, label, pool, max_uses, created_at, expires_at, robot_id) "
                + "VALUES (?,?,?,?,?,?,?)")
        .params(Tokens.hash(key), label, pool, maxUses, Db.ts(now), Db.ts(expires), robotId)
        .update(id, "id");
    audit.record(
        "enrolment-key.create",
        "enrolment-key:" + id.getKey().longValue(),
        "'"
            + label
            + "'"
            + (maxUses == null ? "" : ", " + maxUses + " uses")
            + (expires == null ? "" : ", expires " + expires)
            + (robotId == null ? "" : ", re-enrols robot " + robotId + " only"));
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
        jdbc.sql("SELECT id, pool, robot_id FROM enrolment_key WHERE key_hash = ?")
            .param(Tokens.hash(key == null ? "" : key))
            .query(
                (rs, n) ->
                    new Use(rs.getLong("id"), rs.getString("pool"), Db.longOrNull(rs, "robot_id")))
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

  /**
   * A key used.
   *
   * @param robotId the one robot it re-enrols, or null for a key that enrols new robots only
   */
  record Use(long id, String pool, Long robotId) {}

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
        Db.instant(rs, "revoked_at"),
        Db.longOrNull(rs, "robot_id"));
  }
}
