package io.workforce.flows.expr;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.jexl3.introspection.JexlPermissions;

/**
 * What expressions may touch: an allow-list, not a deny-list. Values (text, numbers, booleans,
 * dates, lists, maps) and our function library; no constructors, no fields, no {@code getClass},
 * nothing from reflection, files, processes, threads or class loaders, because none of those types
 * is on the list.
 */
final class Sandbox implements JexlPermissions {

  /** Types whose public methods an expression may call (and subtypes that are not ours to vet). */
  private static final List<Class<?>> VALUE_TYPES =
      List.of(
          CharSequence.class,
          Number.class,
          Boolean.class,
          Character.class,
          TemporalAccessor.class,
          Collection.class,
          Map.class,
          Map.Entry.class,
          Functions.class);

  /** Methods refused on every type: they lead out of the value world or can exhaust the machine. */
  private static final Set<String> DENIED_METHODS =
      Set.of(
          "getClass",
          "wait",
          "notify",
          "notifyAll",
          "repeat",
          "chars",
          "codePoints",
          "describeConstable",
          "resolveConstantDesc",
          "getChars",
          "finalize",
          "clone",
          "transform",
          "forEach",
          "removeIf",
          "replaceAll",
          "compute",
          "computeIfAbsent",
          "computeIfPresent",
          "merge",
          "parallelStream",
          "stream",
          "spliterator",
          "iterator",
          "toArray",
          "clear",
          "put",
          "putAll",
          "remove",
          "add",
          "addAll",
          "retainAll",
          "removeAll",
          "set",
          "sort",
          "putIfAbsent",
          "setValue",
          // texts: these make texts of any size in one call, or run a regular expression without
          // the expression's time limit (the functions replace(), split() and matches() do both
          // safely)
          "replace",
          "replaceFirst",
          "split",
          "matches",
          "formatted",
          "indent",
          // numbers: exact arithmetic of any size; operators work to 34 significant digits
          "pow",
          "multiply",
          "subtract",
          "divide",
          "divideToIntegralValue",
          "divideAndRemainder",
          "remainder",
          "setScale",
          "scaleByPowerOfTen",
          "movePointLeft",
          "movePointRight",
          "toPlainString",
          "toBigInteger",
          "toBigIntegerExact",
          "shiftLeft",
          "shiftRight");

  /**
   * The only methods a number offers: reading it, comparing it, its sign. Anything that computes
   * (with a precision of its own, or none) goes through the operators and functions, which keep to
   * the {@link Limits}.
   */
  private static final Set<String> NUMBER_METHODS =
      Set.of(
          "intValue",
          "longValue",
          "doubleValue",
          "floatValue",
          "shortValue",
          "byteValue",
          "intValueExact",
          "longValueExact",
          "compareTo",
          "equals",
          "hashCode",
          "toString",
          "abs",
          "negate",
          "signum",
          "scale",
          "precision",
          "stripTrailingZeros",
          "toEngineeringString",
          "min",
          "max",
          "isNaN",
          "isInfinite");

  static final Sandbox INSTANCE = new Sandbox();

  /** Whether a method name is refused on every value (so the validator can say so before a run). */
  static boolean deniedMethod(String name) {
    return DENIED_METHODS.contains(name) || name.equals("getClassLoader") || name.equals("forName");
  }

  private Sandbox() {}

  @Override
  public boolean allow(Package pack) {
    return true; // classes are vetted one by one below
  }

  @Override
  public boolean allow(Class<?> type) {
    if (type == null
        || type == Class.class
        || type.isArray() && !type.getComponentType().isPrimitive()) {
      return false;
    }
    for (Class<?> allowed : VALUE_TYPES) {
      if (allowed.isAssignableFrom(type)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean allow(Constructor<?> ctor) {
    return false;
  }

  @Override
  public boolean allow(Field field) {
    return false;
  }

  @Override
  public boolean allow(Method method) {
    if (method != null && method.getDeclaringClass() == Functions.class) {
      return Modifier.isPublic(method.getModifiers()); // our own library, bounded by itself
    }
    return method != null
        && Modifier.isPublic(method.getModifiers())
        && !DENIED_METHODS.contains(method.getName())
        && (!Number.class.isAssignableFrom(method.getDeclaringClass())
            || NUMBER_METHODS.contains(method.getName()))
        && (allow(method.getDeclaringClass()) || isValueMethod(method));
  }

  /** Methods declared on Object or on a JDK interface and inherited by an allowed value type. */
  private static boolean isValueMethod(Method method) {
    Class<?> owner = method.getDeclaringClass();
    return owner == Object.class
        ? Set.of("toString", "equals", "hashCode").contains(method.getName())
        : owner.getName().startsWith("java.lang.Comparable")
            || owner.getName().startsWith("java.lang.Iterable");
  }

  @Override
  public JexlPermissions compose(String... src) {
    return this; // nobody widens the sandbox at run time
  }
}
