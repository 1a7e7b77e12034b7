package io.workforce.flows.parse;

import io.workforce.flows.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a flow document with its position: what Jackson read, before any meaning is given to
 * it.
 */
sealed interface Node {

  SourceLocation location();

  /** What the user would call this kind of value, for messages. */
  String kindName(Messages m);

  /** A mapping; entries keep file order. */
  record MapNode(Map<String, Entry> entries, SourceLocation location) implements Node {

    MapNode() {
      this(new LinkedHashMap<>(), null);
    }

    Node get(String key) {
      Entry e = entries.get(key);
      return e == null ? null : e.value();
    }

    boolean has(String key) {
      return entries.containsKey(key);
    }

    @Override
    public String kindName(Messages m) {
      return m.kindMap();
    }
  }

  /** A key of a mapping with its own position, and its value. */
  record Entry(String key, SourceLocation keyLocation, Node value) {}

  /** A sequence. */
  record ListNode(List<Node> items, SourceLocation location) implements Node {
    @Override
    public String kindName(Messages m) {
      return m.kindList();
    }
  }

  /**
   * A scalar: {@code value} is a String, Long, BigInteger, Double, BigDecimal, Boolean or null (for
   * {@code ~}, {@code null} or nothing).
   */
  record Scalar(Object value, SourceLocation location) implements Node {

    /** The scalar as text ({@code ""} for null). */
    String text() {
      return value == null ? "" : value.toString();
    }

    @Override
    public String kindName(Messages m) {
      if (value == null) {
        return m.kindNull();
      }
      if (value instanceof Boolean) {
        return m.kindBool(text());
      }
      if (value instanceof Number) {
        return m.kindNumber(text());
      }
      return m.kindText(text());
    }
  }
}
