package io.workforce.orchestrator.user;

import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.audit.AuditLog;
import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.security.Caller;
import io.workforce.orchestrator.security.PersonalTokenVerifier;
import io.workforce.orchestrator.security.Tokens;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for scripts: {@code wfp_} + 256 random bits, shown once, kept only as a
 * SHA-256 hash, revocable, always with an expiry. A token acts with its owner's current roles. A
 * password change or reset and disabling the owner end (revoke) all their tokens, and nobody makes
 * one while they must choose a new password: so no token outlives a password someone else knew.
 */
@Service
public class ApiTokens implements PersonalTokenVerifier {

  private final UserStore store;
  private final Clock clock;
  private final AuditLog audit;
  private final WorkforceProperties.Security settings;

  ApiTokens(UserStore store, Clock clock, AuditLog audit, WorkforceProperties properties) {
    this.store = store;
    this.clock = clock;
    this.audit = audit;
    this.settings = properties.security();
  }

  /**
   * @param name what it is for (e.g. "nightly import script")
   * @param validDays how many days it works (default workforce.security.token-default-validity)
   */
  public record NewToken(@NotBlank @Size(max = 100) String name, @Min(1) Integer validDays) {}

  /**
   * A token just made: its value is in this answer only.
   *
   * @param id its id (to revoke it)
   * @param name what it is for
   * @param token the value to send as {@code Authorization: Bearer <token>}
   * @param expiresAt when it stops working
   */
  public record CreatedToken(long id, String name, String token, Instant expiresAt) {
    @Override
    public String toString() {
      return "CreatedToken[" + id + ", " + name + ", token=***]";
    }
  }

  /**
   * A token without its value.
   *
   * @param id its id
   * @param name what it is for
   * @param hint its first characters, to recognise it
   * @param createdAt when it was made
   * @param expiresAt when it stops working
   * @param revokedAt when it was revoked, or null
   * @param lastUsedAt when it was last used (to the minute), or null
   * @param active whether it works now
   */
  public record TokenView(
      long id,
      String name,
      String hint,
      Instant createdAt,
      Instant expiresAt,
      Instant revokedAt,
      Instant lastUsedAt,
      boolean active) {}

  @Transactional
  public CreatedToken create(Caller.User owner, NewToken request) {
    boolean mustChange =
        store
            .jdbc
            .sql("SELECT password_change_required FROM app_user WHERE id = ?")
            .param(owner.id())
            .query(Boolean.class)
            .single();
    if (mustChange) {
      // whoever set the password (an administrator) could otherwise keep a token of this person
      throw new PasswordChangeRequiredException();
    }
    Duration validity =
        request.validDays() == null
            ? settings.tokenDefaultValidity()
            : Duration.ofDays(request.validDays());
    if (validity.compareTo(settings.tokenMaxValidity()) > 0) {
      throw InvalidRequestException.field(
          "validDays",
          "最长 " + settings.tokenMaxValidity().toDays() + " 天",
          "at most "
              + settings.tokenMaxValidity().toDays()
              + " days (workforce.security.token-max-validity)");
    }
    return insert(owner.id(), owner.username(), request.name(), Tokens.generate("wfp_"), validity);
  }

  /**
   * Registers a token whose value was chosen elsewhere (the bootstrap token of the first
   * administrator).
   */
  CreatedToken insert(long userId, String username, String name, String token, Duration validity) {
    Instant now = clock.instant();
    Instant expires = now.plus(validity);
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    store
        .jdbc
        .sql(
            "INSERT INTO api_token (user_id, name, token_hash, hint, created_at, expires_at) VALUES (?,?,?,?,?,?)")
        .params(userId, name, Tokens.hash(token), token.substring(0, 8), Db.ts(now), Db.ts(expires))
        .update(key, "id");
    long id = key.getKey().longValue();
    audit.record(
        "token.create", "token:" + id, "'" + name + "' of " + username + ", expires " + expires);
    return new CreatedToken(id, name, token, expires);
  }

  public List<TokenView> list(long userId) {
    Instant now = clock.instant();
    return store
        .jdbc
        .sql("SELECT * FROM api_token WHERE user_id = ? ORDER BY id DESC")
        .param(userId)
        .query(
            (rs, n) -> {
              Instant expires = Db.instant(rs, "expires_at");
              Instant revoked = Db.instant(rs, "revoked_at");
              return new TokenView(
                  rs.getLong("id"),
                  rs.getString("name"),
                  rs.getString("hint") + "…",
                  Db.instant(rs, "created_at"),
                  expires,
                  revoked,
                  Db.instant(rs, "last_used_at"),
                  revoked == null && expires.isAfter(now));
            })
        .list();
  }

  /**
   * Ends every token of a user at once (a password change or reset, a disabled account); audited
   * when there was one. Re-enabling the user brings none back.
   */
  void revokeAll(Account owner, String why) {
    int n =
        store
            .jdbc
            .sql("UPDATE api_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")
            .params(Db.ts(clock.instant()), owner.id())
            .update();
    if (n > 0) {
      audit.record("token.revoke", "user:" + owner.username(), "all " + n + " token(s): " + why);
    }
  }

  /** Revokes one token of this user (404 for someone else's token). */
  @Transactional
  public void revoke(Account owner, long tokenId) {
    int n =
        store
            .jdbc
            .sql(
                "UPDATE api_token SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
            .params(Db.ts(clock.instant()), tokenId, owner.id())
            .update();
    if (n == 0
        && store
                .jdbc
                .sql("SELECT COUNT(*) FROM api_token WHERE id = ? AND user_id = ?")
                .params(tokenId, owner.id())
                .query(Long.class)
                .single()
            == 0) {
      throw NotFoundException.of("令牌", "token", tokenId);
    }
    audit.record("token.revoke", "token:" + tokenId, "of user " + owner.username());
  }

  @Override
  public Optional<Caller.User> verify(String token) {
    record Row(long tokenId, long userId, Instant expires, Instant revoked, Instant lastUsed) {}
    Instant now = clock.instant();
    Optional<Row> row =
        store
            .jdbc
            .sql(
                "SELECT id, user_id, expires_at, revoked_at, last_used_at FROM api_token "
                    + "WHERE token_hash = ?")
            .param(Tokens.hash(token))
            .query(
                (rs, n) ->
                    new Row(
                        rs.getLong("id"),
                        rs.getLong("user_id"),
                        Db.instant(rs, "expires_at"),
                        Db.instant(rs, "revoked_at"),
                        Db.instant(rs, "last_used_at")))
            .optional();
    if (row.isEmpty() || row.get().revoked() != null || !row.get().expires().isAfter(now)) {
      return Optional.empty();
    }
    Optional<Account> owner = store.find(row.get().userId()).filter(Account::enabled);
    if (owner.isPresent()
        && (row.get().lastUsed() == null || row.get().lastUsed().isBefore(now.minusSeconds(60)))) {
      // to the minute: a busy script must not cost a write per call
      store
          .jdbc
          .sql("UPDATE api_token SET last_used_at = ? WHERE id = ?")
          .params(Db.ts(now), row.get().tokenId())
          .update();
    }
    return owner.map(a -> a.caller(now, row.get().tokenId()));
  }
}
