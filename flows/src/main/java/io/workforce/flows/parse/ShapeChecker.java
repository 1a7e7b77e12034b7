package io.workforce.flows.parse;

import io.workforce.flows.parse.Node.Entry;
import io.workforce.flows.parse.Node.ListNode;
import io.workforce.flows.parse.Node.MapNode;
import io.workforce.flows.parse.Node.Scalar;
import io.workforce.flows.parse.Shape.Bool;
import io.workforce.flows.parse.Shape.Choice;
import io.workforce.flows.parse.Shape.Decimal;
import io.workforce.flows.parse.Shape.Either;
import io.workforce.flows.parse.Shape.Json;
import io.workforce.flows.parse.Shape.ListOf;
import io.workforce.flows.parse.Shape.MapOf;
import io.workforce.flows.parse.Shape.Obj;
import io.workforce.flows.parse.Shape.Prop;
import io.workforce.flows.parse.Shape.Steps;
import io.workforce.flows.parse.Shape.Text;
import io.workforce.flows.parse.Shape.Whole;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks nodes against {@link Shape}s: kinds, required and unknown keys ("did you mean…"), value
 * ranges. Nested steps are left to the binder, which knows their paths and variables.
 */
final class ShapeChecker {

  private final Problems problems;
  private final Messages m;
  private final TextChecker text;

  ShapeChecker(Problems problems) {
    this.problems = problems;
    this.m = problems.messages();
    this.text = new TextChecker(problems);
  }

  /**
   * Checks a node; {@code field} names it in messages. True when it fits (problems were added
   * otherwise).
   */
  boolean check(Node node, Shape shape, String field) {
    if (shape instanceof Either e) {
      return either(node, e, field);
    }
    if (shape instanceof Json) {
      return true;
    }
    if (node instanceof MapNode map) {
      if (shape instanceof Obj o) {
        return obj(map, o, field);
      }
      return shape instanceof MapOf mo ? mapOf(map, mo, field) : wrong(node, shape, field);
    }
    if (node instanceof ListNode list) {
      if (shape instanceof ListOf l) {
        return listOf(list, l, field);
      }
      return shape instanceof Steps || wrong(node, shape, field);
    }
    return scalar((Scalar) node, shape, field);
  }

  private boolean scalar(Scalar s, Shape shape, String field) {
    if (shape instanceof Text t) {
      return text.check(s, t.kind(), field);
    }
    if (shape instanceof Choice c) {
      return choice(s, c, field);
    }
    boolean ok =
        shape instanceof Whole w && isWhole(s, w)
            || shape instanceof Decimal d
                && s.value() instanceof Number n
                && n.doubleValue() >= d.min()
            || shape instanceof Bool && s.value() instanceof Boolean;
    return ok || wrong(s, shape, field);
  }

  /** The alternative of an {@link Either} that fits this kind of node, or null. */
  static Shape pick(Node node, Either either) {
    List<Shape> fitting = new ArrayList<>();
    for (Shape alt : either.alternatives()) {
      if (fitsKind(node, alt)) {
        fitting.add(alt);
      }
    }
    if (fitting.size() > 1 && node instanceof MapNode map) {
      // An object form is chosen when the mapping uses one of its own keys, else the free-key form.
      for (Shape alt : fitting) {
        if (alt instanceof Obj o
            && map.entries().keySet().stream().anyMatch(k -> o.prop(k) != null)) {
          return alt;
        }
      }
      return fitting.stream().filter(MapOf.class::isInstance).findFirst().orElse(fitting.get(0));
    }
    if (fitting.size() > 1
        && node instanceof Scalar s
        && fitting.stream()
            .allMatch(a -> a instanceof Choice || a instanceof Whole || a instanceof Decimal)) {
      // a word or a number (header: auto | 2): the alternative that takes the value, else none
      for (Shape alt : fitting) {
        if (s.value() instanceof Number
            ? alt instanceof Whole || alt instanceof Decimal
            : alt instanceof Choice c && c.values().contains(s.value())) {
          return alt;
        }
      }
      return null;
    }
    return fitting.isEmpty() ? null : fitting.get(0);
  }

  private static boolean fitsKind(Node node, Shape shape) {
    boolean container = shape instanceof Obj || shape instanceof MapOf;
    boolean sequence = shape instanceof ListOf || shape instanceof Steps;
    if (node instanceof MapNode) {
      return container || shape instanceof Json;
    }
    if (node instanceof ListNode) {
      return sequence || shape instanceof Json;
    }
    return !container && !sequence;
  }

  private boolean either(Node node, Either e, String field) {
    Shape alt = pick(node, e);
    return alt == null ? wrong(node, e, field) : check(node, alt, field);
  }

  private boolean obj(MapNode map, Obj o, String field) {
    boolean ok = true;
    for (Entry entry : map.entries().values()) {
      Prop prop = o.prop(entry.key());
      if (prop == null) {
        String guess = Suggest.closest(entry.key(), o.names());
        problems.add(
            entry.keyLocation(),
            field.isEmpty() ? m.unknownTopField(entry.key()) : m.unknownField(entry.key(), field),
            guess != null ? m.didYouMean(guess) : m.allowed(o.names()));
        ok = false;
      } else {
        ok &= check(entry.value(), prop.shape(), entry.key());
      }
    }
    for (Prop prop : o.props()) {
      if (prop.required() && !map.has(prop.name())) {
        missing(map, field, prop.name());
        ok = false;
      }
    }
    for (List<String> group : o.exactlyOne()) {
      List<String> present = map.entries().keySet().stream().filter(group::contains).toList();
      if (present.isEmpty()) {
        problems.add(map.location(), m.exactlyOne(field, group), "");
        ok = false;
      } else if (present.size() > 1) {
        problems.add(
            map.entries().get(present.get(1)).keyLocation(),
            m.onlyOne(field, present),
            m.hintOnlyOne());
        ok = false;
      }
    }
    return ok;
  }

  private void missing(MapNode map, String field, String prop) {
    if (field.isEmpty()) {
      problems.add(map.location(), m.missingTopField(prop), "");
    } else if (field.equals("repeat_until") && prop.equals("max")) {
      problems.add(map.location(), m.loopNoLimit(field), m.hintLoopLimit());
    } else {
      problems.add(map.location(), m.missingField(field, prop), "");
    }
  }

  private boolean mapOf(MapNode map, MapOf mo, String field) {
    boolean ok = true;
    for (Entry entry : map.entries().values()) {
      ok &= text.check(new Scalar(entry.key(), entry.keyLocation()), mo.keys(), field);
      ok &= check(entry.value(), mo.value(), entry.key());
    }
    return ok;
  }

  private boolean listOf(ListNode list, ListOf l, String field) {
    if (list.items().size() < l.min()) {
      problems.add(list.location(), m.emptyList(field), m.hintEmptyList());
      return false;
    }
    boolean ok = true;
    for (Node item : list.items()) {
      ok &= check(item, l.item(), field);
    }
    return ok;
  }

  private static boolean isWhole(Scalar s, Whole w) {
    if (!(s.value() instanceof Integer || s.value() instanceof Long)) {
      return false;
    }
    long v = ((Number) s.value()).longValue();
    return v >= w.min() && v <= w.max();
  }

  private boolean choice(Scalar s, Choice c, String field) {
    if (s.value() instanceof String v && c.values().contains(v)) {
      return true;
    }
    String guess = Suggest.closest(s.text(), c.values());
    problems.add(
        s.location(),
        m.badChoice(field, s.text(), c.values()),
        guess != null ? m.didYouMean(guess) : "");
    return false;
  }

  private boolean wrong(Node node, Shape shape, String field) {
    problems.add(node.location(), m.wrongType(field, describe(shape), node.kindName(m)), "");
    return false;
  }

  /** What a shape expects, in words. */
  String describe(Shape shape) {
    if (shape instanceof Either e) {
      return e.alternatives().stream().map(this::describe).reduce(m::exOr).orElse("");
    }
    if (shape instanceof Obj || shape instanceof MapOf) {
      return m.exMap();
    }
    if (shape instanceof ListOf) {
      return m.exList();
    }
    if (shape instanceof Steps) {
      return m.exSteps();
    }
    if (shape instanceof Text t) {
      return text.describe(t.kind());
    }
    if (shape instanceof Whole w) {
      return m.exWhole(w.min(), w.max());
    }
    if (shape instanceof Decimal d) {
      return m.exNumber(d.min());
    }
    if (shape instanceof Choice c) {
      return m.exChoice(c.values());
    }
    return shape instanceof Bool ? m.exBool() : m.exJson();
  }
}
