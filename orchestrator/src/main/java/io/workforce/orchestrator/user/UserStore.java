package io.workforce.orchestrator.user;

import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.security.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The users and groups tables. */
@Component
class UserStore {

  final JdbcClient jdbc;

  UserStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Account> find(String username) {
    return jdbc.sql("SELECT * FROM app_user WHERE username = ?")
        .param(username)
        .query(UserStore::account)
        .optional();
  }

  Optional<Account> find(long id) {
    return jdbc.sql("SELECT * FROM app_user WHERE id = ?")
        .param(id)
        .query(UserStore::account)
        .optional();
  }

  List<Account> all() {
    return jdbc.sql("SELECT * FROM app_user ORDER BY username").query(UserStore::account).list();
  }

  boolean anyAdministrator() {
    return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE roles LIKE '%,ADMINISTRATOR,%'")
            .query(Long.class)
            .single()
        > 0;
  }

  /** Enabled administrators other than {@code exceptId}. */
  long otherEnabledAdministrators(long exceptId) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM app_user WHERE roles LIKE '%,ADMINISTRATOR,%' AND enabled AND id <> ?")
        .param(exceptId)
        .query(Long.class)
        .single();
  }

  List<String> groupsOf(long userId) {
    return jdbc.sql(
            "SELECT group_name FROM user_group_member WHERE user_id = ? ORDER BY group_name")
        .param(userId)
        .query(String.class)
        .list();
  }

  void setGroups(long userId, Collection<String> groups) {
    jdbc.sql("DELETE FROM user_group_member WHERE user_id = ?").param(userId).update();
    for (String g : groups.stream().distinct().sorted().toList()) {
      jdbc.sql("INSERT INTO user_group_member (group_name, user_id) VALUES (?,?)")
          .params(g, userId)
          .update();
    }
  }

  boolean groupExists(String name) {
    return jdbc.sql("SELECT COUNT(*) FROM user_group WHERE name = ?")
            .param(name)
            .query(Long.class)
            .single()
        > 0;
  }

  void touch(long id, Instant now) {
    jdbc.sql("UPDATE app_user SET updated_at = ? WHERE id = ?").params(Db.ts(now), id).update();
  }

  static String roles(Collection<Role> roles) {
    return Db.joinList(roles.stream().map(Role::name).toList());
  }

  private static Account account(ResultSet rs, int n) throws SQLException {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    Db.splitList(rs.getString("roles")).forEach(r -> roles.add(Role.valueOf(r)));
    return new Account(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("password_hash"),
        roles,
        rs.getString("language"),
        rs.getBoolean("enabled"),
        rs.getBoolean("password_change_required"),
        rs.getInt("session_epoch"),
        Db.instant(rs, "last_login_at"),
        Db.instant(rs, "created_at"));
  }
}
