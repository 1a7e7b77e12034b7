package io.workforce.orchestrator.user;

import io.workforce.orchestrator.audit.AuditLog;
import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.orchestrator.db.Db;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At the first start (no administrator yet) makes the first administrator: the password from {@code
 * WORKFORCE_ADMIN_PASSWORD}, or a generated one printed once to the console (standard output, never
 * the log). With {@code WORKFORCE_ADMIN_TOKEN} the administrator also gets that personal API token,
 * for provisioning scripts. Several nodes starting at once make one administrator.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  private final UserStore store;
  private final Clock clock;
  private final PasswordEncoder encoder;
  private final ApiTokens tokens;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final WorkforceProperties.Security settings;

  FirstAdministrator(
      UserStore store,
      Clock clock,
      PasswordEncoder encoder,
      ApiTokens tokens,
      AuditLog audit,
      TransactionTemplate tx,
      WorkforceProperties properties) {
    this.store = store;
    this.clock = clock;
    this.encoder = encoder;
    this.tokens = tokens;
    this.audit = audit;
    this.tx = tx;
    this.settings = properties.security();
  }

  @Override
  public void run(ApplicationArguments args) {
    if (store.anyAdministrator()) {
      return;
    }
    String configured = settings.initialPassword();
    String password = configured != null ? configured : Passwords.generate();
    try {
      tx.executeWithoutResult(s -> create(password, configured == null));
    } catch (DuplicateKeyException e) {
      return; // another node made it at the same moment
    }
    log.info(
        "first administrator '{}' created ({})",
        settings.adminUsername(),
        configured != null
            ? "password from WORKFORCE_ADMIN_PASSWORD"
            : "generated password printed to the console");
    if (configured == null) {
      print(System.out, settings.adminUsername(), password);
    }
  }

  private void create(String password, boolean generated) {
    Instant now = clock.instant();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    store
        .jdbc
        .sql(
            "INSERT INTO app_user (username, display_name, password_hash, roles, language, enabled, "
                + "password_change_required, created_at, updated_at) VALUES (?,?,?,',ADMINISTRATOR,','zh',TRUE,?,?,?)")
        .params(
            settings.adminUsername(),
            "管理员",
            encoder.encode(password),
            generated,
            Db.ts(now),
            Db.ts(now))
        .update(key, "id");
    long id = key.getKey().longValue();
    audit.record(
        "user.create",
        "user:" + settings.adminUsername(),
        "first administrator, password "
            + (generated ? "generated" : "from WORKFORCE_ADMIN_PASSWORD"));
    if (settings.initialToken() != null) {
      tokens.insert(
          id,
          settings.adminUsername(),
          "WORKFORCE_ADMIN_TOKEN",
          settings.initialToken(),
          settings.tokenMaxValidity());
    }
  }

  static void print(PrintStream out, String username, String password) {
    out.println(
        """

        ================================================================
          首位管理员 / First administrator:  %s
          初始密码 / Initial password:        %s
          只显示这一次, 请登录后修改。/ Shown only this once: change it after logging in.
        ================================================================
        """
            .formatted(username, password));
    out.flush();
  }
}
