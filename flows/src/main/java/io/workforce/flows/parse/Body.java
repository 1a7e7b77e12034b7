package io.workforce.flows.parse;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;
import io.workforce.flows.parse.Node.Entry;
import io.workforce.flows.parse.Node.ListNode;
import io.workforce.flows.parse.Node.MapNode;
import io.workforce.flows.parse.Node.Scalar;
import io.workforce.flows.step.Selector;
import io.workforce.flows.step.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The value of one step (or other mapping), read field by field. Accessors never throw: a missing
 * or malformed field gives null or the default, because its problem has already been reported and
 * binding goes on to find the next one.
 */
final class Body {

  private final Binder b;
  private final MapNode map;
  private final String path;
  private final SourceLocation location;

  Body(Binder binder, StepSpec spec, Node value, String path, SourceLocation location) {
    this(binder, asMap(spec == null ? null : spec.shorthand(), value), path, location);
  }

  Body(Binder binder, MapNode map, String path, SourceLocation location) {
    this.b = binder;
    this.map = map;
    this.path = path;
    this.location = location;
  }

  /** A scalar shorthand becomes a one-key mapping, so that builders see one form. */
  private static MapNode asMap(String shorthand, Node value) {
    if (value instanceof MapNode map) {
      return map;
    }
    MapNode wrapped = new MapNode();
    if (shorthand != null && value instanceof Scalar s) {
      wrapped.entries().put(shorthand, new Entry(shorthand, s.location(), s));
    }
    return wrapped;
  }

  String path() {
    return path;
  }

  SourceLocation location() {
    return location;
  }

  Binder binder() {
    return b;
  }

  boolean has(String key) {
    return map.has(key);
  }

  Node node(String key) {
    return map.get(key);
  }

  Collection<Entry> entries() {
    return map.entries().values();
  }

  /** Where a key is written (the body's location when it is absent). */
  SourceLocation at(String key) {
    Entry e = map.entries().get(key);
    return e == null ? location : e.keyLocation();
  }

  /** A body for a nested mapping (null when the key holds no mapping). */
  Body nested(String key) {
    return node(key) instanceof MapNode inner
        ? new Body(b, inner, path + "." + key, inner.location())
        : null;
  }

  String text(String key) {
    return node(key) instanceof Scalar s && s.value() != null ? s.text() : null;
  }

  Template template(String key) {
    return template(node(key));
  }

  Template template(Node node) {
    return node instanceof Scalar s && s.value() != null
        ? b.expressions.template(s.text(), s.location(), b)
        : null;
  }

  /**
   * A value that {@code fill} types into a field: the one kind of text in which a login recipe may
   * use a credential, as the whole value.
   */
  Template typed(Node node) {
    return node instanceof Scalar s && s.value() != null
        ? b.expressions.template(s.text(), s.location(), b, true)
        : null;
  }

  Selector selector(String key) {
    return selector(node(key));
  }

  Selector selector(Node node) {
    if (!(node instanceof Scalar s) || !(s.value() instanceof String text) || text.isBlank()) {
      return null;
    }
    Template t = b.expressions.template(text, s.location(), b);
    return t == null ? null : Selector.of(t);
  }

  /** A name that must already be valid (checked by its shape). */
  String name(String key) {
    String t = text(key);
    return t != null && TextChecker.NAME.matcher(t).matches() ? t : null;
  }

  /** A variable this step defines, known to the steps after it. */
  String defines(String key) {
    String name = name(key);
    if (name != null) {
      define(name, valueAt(key));
    }
    return name;
  }

  void define(String name, SourceLocation at) {
    if (Binder.reserved(name)) {
      b.problems.add(at, b.m.reservedName(name), b.m.hintReserved());
    }
    b.scope().define(name);
  }

  int whole(String key, int fallback) {
    return node(key) instanceof Scalar s && s.value() instanceof Number n
        ? (int) Math.min(n.longValue(), Integer.MAX_VALUE)
        : fallback;
  }

  double number(String key, double fallback) {
    return node(key) instanceof Scalar s && s.value() instanceof Number n
        ? n.doubleValue()
        : fallback;
  }

  boolean bool(String key, boolean fallback) {
    return node(key) instanceof Scalar s && s.value() instanceof Boolean v ? v : fallback;
  }

  /** A duration, or null when absent (the runtime's default applies). */
  Duration duration(String key) {
    return node(key) instanceof Scalar s ? TextChecker.duration(s) : null;
  }

  /** An enum constant from its YAML spelling ({@code business_error} → BUSINESS_ERROR). */
  <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
    return enumOf(text(key), type, fallback);
  }

  static <E extends Enum<E>> E enumOf(String text, Class<E> type, E fallback) {
    if (text == null) {
      return fallback;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(text)) {
        return e;
      }
    }
    return fallback;
  }

  /** A list of scalar texts (a single scalar counts as a list of one). */
  List<String> texts(String key) {
    Node n = node(key);
    List<String> out = new ArrayList<>();
    if (n instanceof ListNode list) {
      list.items()
          .forEach(
              i -> {
                if (i instanceof Scalar s && s.value() != null) {
                  out.add(s.text());
                }
              });
    } else if (n instanceof Scalar s && s.value() != null) {
      out.add(s.text());
    }
    return out;
  }

  /** Nested steps under a key, in the same variable scope. */
  List<Step> steps(String key) {
    return b.steps(node(key), path + "." + key);
  }

  /**
   * Nested steps under a key in a block of their own; {@code locals} defines block-local variables.
   */
  List<Step> block(String key, Consumer<VarScope> locals) {
    return b.block(node(key), path + "." + key, locals);
  }

  /** Where a key's value is written (the body's location when it is absent). */
  SourceLocation valueAt(String key) {
    Node n = node(key);
    return n == null ? location : n.location();
  }

  /** Reports a problem at a key's value (or at the body). */
  void problem(String key, String message, String hint) {
    b.problems.add(valueAt(key), message, hint);
  }

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
