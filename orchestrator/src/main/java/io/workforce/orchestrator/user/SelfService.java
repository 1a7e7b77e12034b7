package io.workforce.orchestrator.user;

import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.audit.AuditLog;
import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.security.Caller;
import java.time.Clock;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** What people change about themselves: display name, language, password. */
@Service
class SelfService {

  private final UserStore store;
  private final Clock clock;
  private final PasswordEncoder encoder;
  private final LoginThrottle throttle;
  private final AuditLog audit;
  private final WorkforceProperties.Security settings;
  private final TransactionTemplate tx;
  private final ApiTokens tokens;

  SelfService(
      UserStore store,
      Clock clock,
      PasswordEncoder encoder,
      LoginThrottle throttle,
      AuditLog audit,
      WorkforceProperties properties,
      TransactionTemplate tx,
      ApiTokens tokens) {
    this.tokens = tokens;
    this.tx = tx;
    this.store = store;
    this.clock = clock;
    this.encoder = encoder;
    this.throttle = throttle;
    this.audit = audit;
    this.settings = properties.security();
  }

  Account account(Caller.User caller) {
    return store.find(caller.id()).orElseThrow();
  }

  @Transactional
  void preferences(Caller.User caller, String displayName, String language) {
    if (displayName != null) {
      store
          .jdbc
          .sql("UPDATE app_user SET display_name = ? WHERE id = ?")
          .params(displayName, caller.id())
          .update();
    }
    if (language != null) {
      store
          .jdbc
          .sql("UPDATE app_user SET language = ? WHERE id = ?")
          .params(language, caller.id())
          .update();
    }
    store.touch(caller.id(), clock.instant());
  }

  /** A wrong current password counts towards the lock-out, like a failed log-in. */
  void changePassword(Caller.User caller, String current, String chosen) {
    Account a = account(caller);
    if (!encoder.matches(current, a.passwordHash())) {
      throttle.failed(a.username(), LoginThrottle.currentAddress());
      audit.recordSeparately(
          "user.password.change",
          "user:" + a.username(),
          AuditLog.Outcome.FAILED,
          "wrong current password");
      throw InvalidRequestException.field(
          "currentPassword", "当前密码不对", "the current password is wrong");
    }
    Passwords.check("newPassword", chosen, a.username(), settings);
    if (chosen.equals(current)) {
      throw InvalidRequestException.field(
          "newPassword", "新密码须与当前密码不同", "must differ from the current password");
    }
    String hash = encoder.encode(chosen);
    tx.executeWithoutResult(
        s -> {
          store
              .jdbc
              .sql(
                  "UPDATE app_user SET password_hash = ?, password_change_required = FALSE, "
                      + "session_epoch = session_epoch + 1, updated_at = ? WHERE id = ?")
              .params(hash, Db.ts(clock.instant()), a.id())
              .update();
          audit.record("user.password.change", "user:" + a.username(), null);
          // whoever knew the old password may have made tokens with it: none outlives it
          tokens.revokeAll(a, "password changed");
        });
  }
}
