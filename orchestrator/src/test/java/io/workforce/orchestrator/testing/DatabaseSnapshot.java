package io.workforce.orchestrator.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A fingerprint of every row of every table of ours (not Flyway's, Quartz's or the session store's,
 * which change by themselves, nor the overview's rollups, which a background pass derives from
 * {@code processed_item}), to prove that requests left the database unchanged. Per table: row count
 * and SHA-256 of all rows in order.
 */
public final class DatabaseSnapshot {

  private static final Set<String> SKIPPED =
      Set.of(
          "flyway_schema_history",
          "spring_session",
          "spring_session_attributes",
          "overview_rollup_state",
          "item_rollup_day",
          "item_rollup_hour",
          "failure_rollup_day");

  private DatabaseSnapshot() {}

  /** Table name to "rows:hash". */
  public static Map<String, String> of(DataSource dataSource) {
    Map<String, String> tables = new TreeMap<>();
    try (Connection c = dataSource.getConnection()) {
      for (String table : tables(c)) {
        tables.put(table, fingerprint(c, table));
      }
    } catch (SQLException | java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return tables;
  }

  /**
   * Every value in every table (all of them, Quartz's and the session store's too), as text; bytes
   * as UTF-8.
   */
  public static List<String> everyValue(DataSource dataSource) {
    List<String> values = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      List<String> all = new ArrayList<>();
      try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          all.add(rs.getString("TABLE_NAME"));
        }
      }
      for (String table : all) {
        try (var st = c.createStatement();
            ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= n; i++) {
              Object v = rs.getObject(i);
              values.add(
                  v instanceof byte[] b
                      ? new String(b, StandardCharsets.UTF_8)
                      : String.valueOf(v));
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return values;
  }

  private static List<String> tables(Connection c) throws SQLException {
    List<String> names = new ArrayList<>();
    DatabaseMetaData meta = c.getMetaData();
    String schema = c.getSchema();
    try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME").toLowerCase();
        if (!SKIPPED.contains(name) && !name.startsWith("qrtz_")) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private static String fingerprint(Connection c, String table)
      throws SQLException, java.security.NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    int rows = 0;
    int n;
    try (var st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      n = rs.getMetaData().getColumnCount();
    }
    String order =
        String.join(
            ", ", java.util.stream.IntStream.rangeClosed(1, n).mapToObj(String::valueOf).toList());
    try (var st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        rows++;
        for (int i = 1; i <= columns; i++) {
          Object v = rs.getObject(i);
          sha.update(
              v instanceof byte[] b ? b : String.valueOf(v).getBytes(StandardCharsets.UTF_8));
          sha.update((byte) 0);
        }
      }
    }
    return rows + ":" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
  }
}
