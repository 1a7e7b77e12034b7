package io.workforce.flows.parse;

import java.util.Arrays;
import java.util.List;

/**
 * The shape of a value in a flow file. Shapes are the one description of the language: the
 * validator checks nodes against them and {@link FlowSchema} writes the JSON Schema from them.
 */
sealed interface Shape {

  /** Kinds of text. */
  enum TextKind {
    /** Any text. */
    TEXT,
    /** Text that may contain {@code ${…}}; numbers and booleans are taken as their text. */
    TEMPLATE,
    /** A selector (may contain {@code ${…}}). */
    SELECTOR,
    /** A variable or key name: letters, digits and {@code _}, not starting with a digit. */
    NAME,
    /**
     * An identifier of a flow, system, queue or credential: letters, digits, {@code -}, {@code _},
     * {@code .}.
     */
    ID,
    /** A duration: {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, or a number of seconds. */
    DURATION,
    /** A Java regular expression. */
    REGEX,
    /** A date format such as {@code yyyy-MM-dd} or {@code yyyy年M月d日}. */
    DATE_FORMAT
  }

  /** Text of a kind. */
  record Text(TextKind kind) implements Shape {}

  /** A whole number in [min, max]. */
  record Whole(long min, long max) implements Shape {}

  /** A number of at least min. */
  record Decimal(double min) implements Shape {}

  /** true or false. */
  record Bool() implements Shape {}

  /** One of fixed words. */
  record Choice(List<String> values) implements Shape {}

  /** A mapping with known keys. Each group of {@code exactlyOne} needs exactly one of its keys. */
  record Obj(List<Prop> props, List<List<String>> exactlyOne) implements Shape {

    Prop prop(String name) {
      for (Prop p : props) {
        if (p.name().equals(name)) {
          return p;
        }
      }
      return null;
    }

    List<String> names() {
      return props.stream().map(Prop::name).toList();
    }
  }

  /** A key of an {@link Obj}. */
  record Prop(String name, Shape shape, boolean required, String doc) {}

  /** A mapping of free keys (of a text kind) to values of one shape. */
  record MapOf(TextKind keys, Shape value) implements Shape {}

  /** A list of items of one shape, with at least {@code min} items. */
  record ListOf(Shape item, int min) implements Shape {}

  /** One of several shapes, told apart by the kind of node (scalar, mapping, list). */
  record Either(List<Shape> alternatives) implements Shape {}

  /** A list of steps. */
  record Steps() implements Shape {}

  /** Any JSON value (an HTTP body); strings in it are templates. */
  record Json() implements Shape {}

  // Factories, so that the language reads like a table.

  static Text text() {
    return new Text(TextKind.TEXT);
  }

  static Text template() {
    return new Text(TextKind.TEMPLATE);
  }

  static Text selector() {
    return new Text(TextKind.SELECTOR);
  }

  static Text name() {
    return new Text(TextKind.NAME);
  }

  static Text id() {
    return new Text(TextKind.ID);
  }

  static Text duration() {
    return new Text(TextKind.DURATION);
  }

  static Whole whole(long min, long max) {
    return new Whole(min, max);
  }

  static Choice choice(String... values) {
    return new Choice(List.of(values));
  }

  static Either either(Shape... alternatives) {
    return new Either(List.of(alternatives));
  }

  static ListOf listOf(Shape item) {
    return new ListOf(item, 1);
  }

  static Steps steps() {
    return new Steps();
  }

  static Prop req(String name, Shape shape, String doc) {
    return new Prop(name, shape, true, doc);
  }

  static Prop opt(String name, Shape shape, String doc) {
    return new Prop(name, shape, false, doc);
  }

  static Obj obj(Prop... props) {
    return new Obj(List.of(props), List.of());
  }

  /** An object where exactly one of {@code group} must be present. */
  static Obj objOneOf(List<String> group, Prop... props) {
    return new Obj(Arrays.asList(props), List.of(group));
  }
}
