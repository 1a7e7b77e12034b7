package io.workforce.orchestrator.setting;

import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.audit.AuditLog;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Non-secret settings, above all the systems' addresses: set by administrators (every change
 * audited with the old and the new value), handed to a robot with its job and to the assistant with
 * an attended run: only the names the job's flow reads, never the whole table.
 */
@Service
public class Settings {

  /** Names flows can read as {@code ${env.NAME}}; the robot's own {@code WORKFORCE_*} never. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,99}");

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;

  Settings(JdbcClient jdbc, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** Every value, by name then label (the default first). */
  public List<SettingView> list() {
    return jdbc.sql("SELECT * FROM setting_value ORDER BY name, robot_label")
        .query(this::view)
        .list();
  }

  /** Sets (creates or replaces) the value of {@code name} for a label or for everyone; audited. */
  @Transactional
  public SettingView set(String name, SettingValue value) {
    checkName(name);
    String label = value.robotLabel() == null ? "" : value.robotLabel();
    Optional<SettingView> before = find(name, label);
    Instant now = clock.instant();
    String who = Caller.current().actor();
    if (before.isPresent()) {
      jdbc.sql(
              "UPDATE setting_value SET value_text = ?, description = ?, updated_at = ?, updated_by = ? "
                  + "WHERE name = ? AND robot_label = ?")
          .params(value.value().strip(), value.description(), Db.ts(now), who, name, label)
          .update();
    } else {
      jdbc.sql(
              "INSERT INTO setting_value (name, robot_label, value_text, description, updated_at, "
                  + "updated_by) VALUES (?, ?, ?, ?, ?, ?)")
          .params(name, label, value.value().strip(), value.description(), Db.ts(now), who)
          .update();
    }
    audit.record(
        "setting.set",
        "setting:" + name,
        scope(label)
            + ": "
            + before.map(b -> "'" + b.value() + "' -> ").orElse("(new) ")
            + "'"
            + value.value().strip()
            + "'");
    return find(name, label).orElseThrow();
  }

  /** Removes the value of {@code name} for a label (or the default); audited. */
  @Transactional
  public void delete(String name, String robotLabel) {
    String label = robotLabel == null ? "" : robotLabel;
    SettingView before =
        find(name, label)
            .orElseThrow(
                () ->
                    NotFoundException.of(
                        "设置", "setting", name + (label.isEmpty() ? "" : " (" + label + ")")));
    jdbc.sql("DELETE FROM setting_value WHERE name = ? AND robot_label = ?")
        .params(name, label)
        .update();
    audit.record(
        "setting.delete", "setting:" + name, scope(label) + ": '" + before.value() + "' removed");
  }

  /**
   * The values among {@code names} for a robot with {@code labels}: a value for one of its labels
   * wins over the default; of several labels with a value, the first in alphabetical order.
   */
  public Map<String, String> resolve(Collection<String> names, Collection<String> labels) {
    Map<String, String> chosen = new TreeMap<>();
    Map<String, String> byLabel = new TreeMap<>();
    for (SettingView v : list()) {
      if (!names.contains(v.name())) {
        continue;
      }
      if (v.robotLabel().isEmpty()) {
        chosen.put(v.name(), v.value());
      } else if (labels.contains(v.robotLabel())) {
        // rows come sorted by label: the first of the robot's labels with a value wins
        byLabel.putIfAbsent(v.name(), v.value());
      }
    }
    chosen.putAll(byLabel);
    return chosen;
  }

  private Optional<SettingView> find(String name, String label) {
    return jdbc.sql("SELECT * FROM setting_value WHERE name = ? AND robot_label = ?")
        .params(name, label)
        .query(this::view)
        .optional();
  }

  private static void checkName(String name) {
    if (!NAME.matcher(name).matches() || name.startsWith("WORKFORCE_")) {
      throw InvalidRequestException.field(
          "name",
          "设置名 '"
              + name
              + "' 无效: 应为流程中 ${env.名称} 的名称, 由字母、数字和下划线组成, 例如 INTAKE_URL;"
              + " WORKFORCE_ 开头的是机器人自己的设置",
          "setting name '"
              + name
              + "' is invalid: use the name flows read as ${env.NAME}, letters, digits and"
              + " underscores, e.g. INTAKE_URL; names starting with WORKFORCE_ are the robot's own");
    }
  }

  private static String scope(String label) {
    return label.isEmpty() ? "for every robot" : "for robots labelled " + label;
  }

  private SettingView view(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new SettingView(
        rs.getString("name"),
        rs.getString("robot_label"),
        rs.getString("value_text"),
        rs.getString("description"),
        Db.instant(rs, "updated_at"),
        rs.getString("updated_by"));
  }
}
