package io.workforce.orchestrator.user;

import io.workforce.orchestrator.api.ConflictException;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.audit.AuditLog;
import io.workforce.orchestrator.db.Db;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups of people (departments, teams): flows are shared with them. Members are set on the users.
 */
@Service
public class GroupService {

  private final UserStore store;
  private final Clock clock;
  private final AuditLog audit;

  GroupService(UserStore store, Clock clock, AuditLog audit) {
    this.store = store;
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * A new group.
   *
   * @param name lower-case letters, digits, '.', '_', '-' (e.g. {@code tax-office})
   * @param displayName the name shown (e.g. 税务科)
   * @param description what it is
   */
  public record NewGroup(
      @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}") String name,
      @NotBlank @Size(max = 200) String displayName,
      @Size(max = 1000) String description) {}

  /**
   * A group with its members.
   *
   * @param name its key
   * @param displayName the name shown
   * @param description what it is
   * @param members user names of its members
   * @param createdAt when it was made
   */
  public record GroupView(
      String name,
      String displayName,
      String description,
      List<String> members,
      Instant createdAt) {}

  @Transactional
  public GroupView create(NewGroup g) {
    try {
      store
          .jdbc
          .sql(
              "INSERT INTO user_group (name, display_name, description, created_at) VALUES (?,?,?,?)")
          .params(g.name(), g.displayName(), g.description(), Db.ts(clock.instant()))
          .update();
    } catch (DuplicateKeyException e) {
      throw new ConflictException(
          "group-exists",
          Text.of("组 '" + g.name() + "' 已存在", "group '" + g.name() + "' already exists"));
    }
    audit.record("group.create", "group:" + g.name(), g.displayName());
    return get(g.name());
  }

  public List<GroupView> list() {
    return store
        .jdbc
        .sql("SELECT name FROM user_group ORDER BY name")
        .query(String.class)
        .list()
        .stream()
        .map(this::get)
        .toList();
  }

  public GroupView get(String name) {
    List<String> members =
        store
            .jdbc
            .sql(
                "SELECT u.username FROM user_group_member m JOIN app_user u ON u.id = m.user_id "
                    + "WHERE m.group_name = ? ORDER BY u.username")
            .param(name)
            .query(String.class)
            .list();
    return store
        .jdbc
        .sql("SELECT * FROM user_group WHERE name = ?")
        .param(name)
        .query(
            (rs, n) ->
                new GroupView(
                    rs.getString("name"),
                    rs.getString("display_name"),
                    rs.getString("description"),
                    members,
                    Db.instant(rs, "created_at")))
        .optional()
        .orElseThrow(() -> NotFoundException.of("组", "group", name));
  }

  /** Deletes a group: its memberships and the flow shares made to it go with it. */
  @Transactional
  public void delete(String name) {
    get(name);
    store
        .jdbc
        .sql("DELETE FROM flow_share WHERE grantee_kind = 'GROUP' AND grantee = ?")
        .param(name)
        .update();
    store.jdbc.sql("DELETE FROM user_group WHERE name = ?").param(name).update();
    audit.record("group.delete", "group:" + name, null);
  }
}
