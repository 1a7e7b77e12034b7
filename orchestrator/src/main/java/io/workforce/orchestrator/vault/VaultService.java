package io.workforce.orchestrator.vault;

import io.workforce.orchestrator.api.ConflictException;
import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.audit.AuditLog;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Credentials: metadata, write-only values (shared or per user), encrypted with the master key. */
@Service
public class VaultService {

  static final String SHARED_OWNER = "*";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final JsonMapper json;
  private final SecretCipher cipher;
  private final AuditLog audit;
  private final PersonalValueErasure erasures;

  VaultService(
      JdbcClient jdbc,
      Clock clock,
      JsonMapper json,
      SecretCipher cipher,
      AuditLog audit,
      PersonalValueErasure erasures) {
    this.erasures = erasures;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
    this.json = json;
    this.cipher = cipher;
  }

  @Transactional
  public CredentialView create(NewCredential c) {
    if (c.name() == null) {
      throw InvalidRequestException.field("name", "缺少凭据名称", "a credential needs a name");
    }
    if (find(c.name()).isPresent()) {
      throw new ConflictException(
          "credential-exists",
          Text.of("凭据 '" + c.name() + "' 已存在", "credential '" + c.name() + "' already exists"));
    }
    Instant now = clock.instant();
    jdbc.sql(
            "INSERT INTO credential (name, kind, exclusive_use, description, created_at, updated_at) VALUES (?,?,?,?,?,?)")
        .params(
            c.name(),
            c.kind() == null ? "SHARED" : c.kind(),
            c.exclusive() != null && c.exclusive(),
            c.description(),
            Db.ts(now),
            Db.ts(now))
        .update();
    audit.record(
        "credential.create",
        "credential:" + c.name(),
        (c.kind() == null ? "SHARED" : c.kind())
            + (Boolean.TRUE.equals(c.exclusive()) ? ", exclusive" : ""));
    return get(c.name());
  }

  /** Sets the shared value of a SHARED credential. */
  @Transactional
  public void setShared(String name, SecretValue value) {
    Meta meta = meta(name);
    if (!meta.kind().equals("SHARED")) {
      throw new ConflictException(
          "credential-kind",
          Text.of(
              "凭据 '" + name + "' 是个人凭据: 每位用户设置自己的值",
              "credential '" + name + "' is personal: each user sets their own value"));
    }
    store(meta, SHARED_OWNER, value);
    audit.record(
        "credential.value.set",
        "credential:" + name,
        "shared value (account " + value.username() + ")");
  }

  /**
   * Marks a SHARED credential for desktop use (or withdraws the mark): only then does an attended
   * run hand its value to a person's own machine. A personal credential needs no mark: each person
   * gets only their own value.
   */
  @Transactional
  public CredentialView setDesktopUse(String name, boolean allowed) {
    Meta meta = meta(name);
    if (!meta.kind().equals("SHARED")) {
      throw new ConflictException(
          "credential-kind",
          Text.of(
              "凭据 '" + name + "' 是个人凭据: 有人值守运行只给每人自己的值, 无需标记",
              "credential '"
                  + name
                  + "' is personal: an attended run gets only the person's own value, no mark needed"));
    }
    Instant now = clock.instant();
    jdbc.sql(
            "UPDATE credential SET desktop_use = ?, desktop_use_by = ?, desktop_use_at = ?, "
                + "updated_at = ? WHERE id = ?")
        .params(
            allowed,
            allowed ? Caller.current().actor() : null,
            allowed ? Db.ts(now) : null,
            Db.ts(now),
            meta.id())
        .update();
    audit.record(
        "credential.desktop-use",
        "credential:" + name,
        allowed
            ? "marked for desktop use: attended runs hand the shared value to people's own machines"
            : "desktop use withdrawn");
    return get(name);
  }

  /**
   * Sets one user's own value of a PERSONAL credential (only that user may: {@code PUT
   * /api/v1/me/credentials}).
   */
  @Transactional
  public void setPersonal(String name, String user, SecretValue value) {
    Meta meta = meta(name);
    if (!meta.kind().equals("PERSONAL")) {
      throw new ConflictException(
          "credential-kind",
          Text.of(
              "凭据 '" + name + "' 是共享凭据, 没有个人值",
              "credential '" + name + "' is shared and has no personal values"));
    }
    if (user == null
        || !user.matches("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}")
        || user.equals(SHARED_OWNER)) {
      throw InvalidRequestException.field("user", "用户名无效", "invalid user name '" + user + "'");
    }
    store(meta, user, value);
    erasures.setAgain(meta.id(), user);
    audit.record(
        "credential.personal.set",
        "credential:" + name,
        "own value of " + user + " (account " + value.username() + ")");
  }

  @Transactional
  public void deletePersonal(String name, String user) {
    int n =
        jdbc.sql("DELETE FROM credential_value WHERE credential_id = ? AND owner = ?")
            .params(meta(name).id(), user)
            .update();
    if (n == 0) {
      throw new NotFoundException(
          Text.of(
              "凭据 '" + name + "' 没有用户 '" + user + "' 的个人值",
              "credential '" + name + "' has no personal value of user '" + user + "'"));
    }
    audit.record("credential.personal.delete", "credential:" + name, "own value of " + user);
  }

  public List<CredentialView> list() {
    return jdbc.sql("SELECT name FROM credential ORDER BY name").query(String.class).list().stream()
        .map(this::get)
        .toList();
  }

  public CredentialView get(String name) {
    Meta m = meta(name);
    List<String> owners =
        jdbc.sql("SELECT owner FROM credential_value WHERE credential_id = ? ORDER BY owner")
            .param(m.id())
            .query(String.class)
            .list();
    return new CredentialView(
        m.name(),
        m.kind(),
        m.exclusive(),
        m.description(),
        owners.contains(SHARED_OWNER),
        owners.stream().filter(o -> !o.equals(SHARED_OWNER)).toList(),
        m.desktopUse(),
        m.desktopUseBy(),
        m.desktopUseAt(),
        m.updatedAt());
  }

  /**
   * The shared credentials among {@code names} an administrator marked for desktop use, with who
   * and when: what a clerk is told before an attended run uses such an account on their machine.
   */
  public List<DesktopAccount> desktopAccounts(List<String> names) {
    return names.stream()
        .distinct()
        .map(this::find)
        .flatMap(Optional::stream)
        .filter(m -> m.kind().equals("SHARED") && m.desktopUse())
        .map(m -> new DesktopAccount(m.name(), m.desktopUseBy(), m.desktopUseAt()))
        .toList();
  }

  /** Whether the value a job started by {@code user} would use exists (null user = a schedule). */
  public Optional<String> missingValue(String name, String user) {
    Optional<Meta> m = find(name);
    if (m.isEmpty()) {
      return Optional.of("credential '" + name + "' does not exist in the vault");
    }
    if (m.get().kind().equals("PERSONAL")) {
      if (user == null) {
        return Optional.of(
            "credential '" + name + "' is personal, so a job using it must be started by a user");
      }
      return value(m.get(), user).isPresent()
          ? Optional.empty()
          : Optional.of(
              "credential '"
                  + name
                  + "' is personal and user '"
                  + user
                  + "' has not set their own value");
    }
    return value(m.get(), SHARED_OWNER).isPresent()
        ? Optional.empty()
        : Optional.of("credential '" + name + "' has no value yet");
  }

  /**
   * The decrypted value for a user (or the shared one); package-private: only checkouts read
   * secrets.
   */
  Optional<SecretValue> read(String name, String user) {
    Meta m = meta(name);
    String owner = m.kind().equals("PERSONAL") ? user : SHARED_OWNER;
    return owner == null
        ? Optional.empty()
        : value(m, owner)
            .map(ct -> json.readValue(cipher.decrypt(ct, aad(m.name(), owner)), SecretValue.class));
  }

  Meta meta(String name) {
    return find(name).orElseThrow(() -> NotFoundException.of("凭据", "credential", name));
  }

  record Meta(
      long id,
      String name,
      String kind,
      boolean exclusive,
      String description,
      boolean desktopUse,
      String desktopUseBy,
      Instant desktopUseAt,
      Instant updatedAt) {}

  static String aad(String name, String owner) {
    return "credential:" + name + ":" + owner;
  }

  private Optional<Meta> find(String name) {
    return jdbc.sql("SELECT * FROM credential WHERE name = ?")
        .param(name)
        .query(
            (rs, n) ->
                new Meta(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getString("kind"),
                    rs.getBoolean("exclusive_use"),
                    rs.getString("description"),
                    rs.getBoolean("desktop_use"),
                    rs.getString("desktop_use_by"),
                    Db.instant(rs, "desktop_use_at"),
                    Db.instant(rs, "updated_at")))
        .optional();
  }

  private Optional<String> value(Meta m, String owner) {
    return jdbc.sql("SELECT ciphertext FROM credential_value WHERE credential_id = ? AND owner = ?")
        .params(m.id(), owner)
        .query(String.class)
        .optional();
  }

  private void store(Meta meta, String owner, SecretValue value) {
    if (value == null || value.secret() == null || value.secret().isEmpty()) {
      throw InvalidRequestException.field("secret", "不能为空", "must not be empty");
    }
    Map<String, Object> plain = new LinkedHashMap<>();
    plain.put("username", value.username());
    plain.put("secret", value.secret());
    plain.put("fields", value.fields());
    String ct = cipher.encrypt(json.writeValueAsString(plain), aad(meta.name(), owner));
    Instant now = clock.instant();
    int n =
        jdbc.sql(
                "UPDATE credential_value SET ciphertext = ?, updated_at = ? WHERE credential_id = ? AND owner = ?")
            .params(ct, Db.ts(now), meta.id(), owner)
            .update();
    if (n == 0) {
      jdbc.sql(
              "INSERT INTO credential_value (credential_id, owner, ciphertext, updated_at) VALUES (?,?,?,?)")
          .params(meta.id(), owner, ct, Db.ts(now))
          .update();
    }
    jdbc.sql("UPDATE credential SET updated_at = ? WHERE id = ?")
        .params(Db.ts(now), meta.id())
        .update();
  }
}
