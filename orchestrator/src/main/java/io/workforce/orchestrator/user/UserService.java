package io.workforce.orchestrator.user;

import io.workforce.orchestrator.api.ConflictException;
import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.audit.AuditLog;
import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users: made, changed, disabled, given a new password, unlocked by administrators. Every change is
 * audited.
 */
@Service
public class UserService {

  /** What a user name may look like. */
  public static final String USERNAME = "[A-Za-z0-9][A-Za-z0-9._@-]{0,99}";

  private final UserStore store;
  private final Clock clock;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final WorkforceProperties.Security settings;
  private final ApiTokens tokens;
  private final ApplicationEventPublisher events;
  private final LoginThrottle throttle;

  UserService(
      UserStore store,
      Clock clock,
      PasswordEncoder encoder,
      AuditLog audit,
      WorkforceProperties properties,
      ApiTokens tokens,
      ApplicationEventPublisher events,
      LoginThrottle throttle) {
    this.throttle = throttle;
    this.tokens = tokens;
    this.events = events;
    this.store = store;
    this.clock = clock;
    this.encoder = encoder;
    this.audit = audit;
    this.settings = properties.security();
  }

  /** Whether a user of this name exists. */
  public boolean exists(String username) {
    return username != null && store.find(username).isPresent();
  }

  /** Whether a user of this name exists and is enabled (may act now). */
  public boolean isEnabled(String username) {
    return username != null && store.find(username).map(Account::enabled).orElse(false);
  }

  /** The groups (departments) of a user; empty for an unknown user. */
  public List<String> groupsOf(String username) {
    return store.find(username).map(a -> store.groupsOf(a.id())).orElse(List.of());
  }

  /** Whether a group exists. */
  public boolean groupExists(String name) {
    return store.groupExists(name);
  }

  public List<UserView> list() {
    return store.all().stream().map(this::view).toList();
  }

  public UserView get(String username) {
    return view(account(username));
  }

  @Transactional
  public CreatedUser create(NewUser u) {
    String generated = u.password() == null ? Passwords.generate() : null;
    String password = generated != null ? generated : u.password();
    Passwords.check("password", password, u.username(), settings);
    checkGroups(u.groups());
    Instant now = clock.instant();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    try {
      store
          .jdbc
          .sql(
              "INSERT INTO app_user (username, display_name, password_hash, roles, language, enabled, "
                  + "password_change_required, created_at, updated_at) VALUES (?,?,?,?,?,TRUE,TRUE,?,?)")
          .params(
              u.username(),
              u.displayName(),
              encoder.encode(password),
              UserStore.roles(u.roles()),
              u.language() == null ? "zh" : u.language(),
              Db.ts(now),
              Db.ts(now))
          .update(key, "id");
    } catch (DuplicateKeyException e) {
      throw new ConflictException(
          "user-exists",
          Text.of("用户 '" + u.username() + "' 已存在", "user '" + u.username() + "' already exists"));
    }
    long id = key.getKey().longValue();
    store.setGroups(id, u.groups() == null ? List.of() : u.groups());
    audit.record(
        "user.create",
        "user:" + u.username(),
        "roles "
            + EnumSet.copyOf(u.roles())
            + ", groups "
            + (u.groups() == null ? "[]" : u.groups()));
    return new CreatedUser(get(u.username()), generated);
  }

  @Transactional
  public UserView update(String username, UserUpdate u) {
    Account a = account(username);
    List<String> changes = new ArrayList<>();
    boolean losesAdmin =
        (u.roles() != null && !u.roles().contains(Role.ADMINISTRATOR))
            || Boolean.FALSE.equals(u.enabled());
    if (a.roles().contains(Role.ADMINISTRATOR)
        && a.enabled()
        && losesAdmin
        && store.otherEnabledAdministrators(a.id()) == 0) {
      throw new ConflictException(
          "last-administrator",
          Text.of("至少要保留一位启用的管理员", "at least one enabled administrator must remain"));
    }
    if (u.displayName() != null) {
      set(a, "display_name", u.displayName());
      changes.add("display name");
    }
    if (u.roles() != null) {
      set(a, "roles", UserStore.roles(u.roles()));
      changes.add("roles " + EnumSet.copyOf(u.roles()));
    }
    if (u.groups() != null) {
      checkGroups(u.groups());
      store.setGroups(a.id(), u.groups());
      changes.add("groups " + u.groups());
    }
    if (u.language() != null) {
      set(a, "language", u.language());
      changes.add("language " + u.language());
    }
    if (u.enabled() != null && u.enabled() != a.enabled()) {
      store
          .jdbc
          .sql("UPDATE app_user SET enabled = ?, session_epoch = session_epoch + 1 WHERE id = ?")
          .params(u.enabled(), a.id())
          .update();
      changes.add(u.enabled() ? "enabled" : "disabled");
      if (!u.enabled()) {
        tokens.revokeAll(a, "user disabled");
      }
    }
    store.touch(a.id(), clock.instant());
    audit.record("user.update", "user:" + username, String.join(", ", changes));
    return get(username);
  }

  /**
   * An administrator sets a new password (or has one generated): the user's sessions and API tokens
   * end, the lock is lifted, and the user's own values of personal credentials are erased (the
   * administrator, who now knows the password, must not be able to use them: see {@link
   * PasswordWasReset}); the user sets them again after choosing a new password.
   */
  @Transactional
  public CreatedUser resetPassword(String username, String password) {
    Account a = account(username);
    String generated = password == null ? Passwords.generate() : null;
    String chosen = generated != null ? generated : password;
    Passwords.check("password", chosen, username, settings);
    store
        .jdbc
        .sql(
            "UPDATE app_user SET password_hash = ?, password_change_required = TRUE, "
                + "session_epoch = session_epoch + 1, updated_at = ? WHERE id = ?")
        .params(encoder.encode(chosen), Db.ts(clock.instant()), a.id())
        .update();
    throttle.release(username);
    audit.record(
        "user.password.reset",
        "user:" + username,
        generated != null ? "generated" : "set by administrator");
    tokens.revokeAll(a, "password reset by an administrator");
    events.publishEvent(new PasswordWasReset(username));
    return new CreatedUser(get(username), generated);
  }

  @Transactional
  public UserView unlock(String username) {
    account(username);
    throttle.release(username);
    audit.record("user.unlock", "user:" + username, null);
    return get(username);
  }

  Account account(String username) {
    return store.find(username).orElseThrow(() -> NotFoundException.of("用户", "user", username));
  }

  UserView view(Account a) {
    return new UserView(
        a.username(),
        a.displayName(),
        a.roles(),
        store.groupsOf(a.id()),
        a.language(),
        a.enabled(),
        a.passwordChangeRequired(),
        throttle.lockedUntil(a.username()).orElse(null),
        a.lastLoginAt(),
        a.createdAt());
  }

  private void set(Account a, String column, String value) {
    store
        .jdbc
        .sql("UPDATE app_user SET " + column + " = ? WHERE id = ?")
        .params(value, a.id())
        .update();
  }

  private void checkGroups(List<String> groups) {
    for (String g : groups == null ? List.<String>of() : groups) {
      if (!store.groupExists(g)) {
        throw InvalidRequestException.field(
            "groups",
            "组 '" + g + "' 不存在, 请先创建",
            "group '" + g + "' does not exist; create it first (POST /api/v1/groups)");
      }
    }
  }
}
