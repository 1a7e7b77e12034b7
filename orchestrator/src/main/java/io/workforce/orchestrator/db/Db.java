package io.workforce.orchestrator.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Small JDBC helpers shared by the features: times go in and out as {@code TIMESTAMP WITH TIME
 * ZONE} (both H2 and the PostgreSQL driver take {@link OffsetDateTime}, not {@link Instant}), and
 * lists are stored as {@code ,a,b,} so that {@code LIKE '%,a,%'} finds one entry on both databases.
 */
public final class Db {

  private Db() {}

  /**
   * A set of enum constants as an SQL list, {@code ('A','B')}, in declaration order: state sets in
   * queries come from the state machines' named sets, never typed out. Only enum names go in, so
   * nothing here is user input.
   */
  public static String in(java.util.Collection<? extends Enum<?>> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("an SQL IN list needs at least one value");
    }
    return values.stream()
        .sorted(java.util.Comparator.comparingInt(Enum::ordinal))
        .map(v -> "'" + v.name() + "'")
        .collect(java.util.stream.Collectors.joining(",", "(", ")"));
  }

  /** An instant as a JDBC parameter (null stays null). */
  public static OffsetDateTime ts(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  /** A timestamp column as an instant (null stays null). */
  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  /** A nullable integer column. */
  public static Integer integer(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  /** A nullable long column. */
  public static Long longOrNull(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  /** {@code [a, b]} as {@code ,a,b,} (empty list: empty string). */
  public static String joinList(List<String> values) {
    if (values == null || values.isEmpty()) {
      return "";
    }
    return values.stream()
        .map(String::trim)
        .filter(v -> !v.isEmpty())
        .distinct()
        .sorted()
        .collect(Collectors.joining(",", ",", ","));
  }

  /** {@code ,a,b,} back into {@code [a, b]}. */
  public static List<String> splitList(String joined) {
    if (joined == null || joined.isBlank()) {
      return List.of();
    }
    return Arrays.stream(joined.split(",")).filter(v -> !v.isEmpty()).toList();
  }
}
