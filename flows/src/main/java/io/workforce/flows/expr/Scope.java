package io.workforce.flows.expr;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The variables an expression sees: {@code item}, {@code env}, {@code credential} (only inside a
 * login recipe), {@code error} (only inside {@code catch}), and the flow's own variables. A child
 * scope sees its parent's variables; {@link #set} writes where the variable already lives, else
 * here. Not thread-safe: one scope belongs to one run of one item.
 */
public final class Scope {

  private final Scope parent;
  private final Map<String, Object> values = new HashMap<>();

  private Scope(Scope parent) {
    this.parent = parent;
  }

  /** A root scope holding these variables. */
  public static Scope of(Map<String, ?> variables) {
    Scope scope = new Scope(null);
    scope.values.putAll(variables);
    return scope;
  }

  /** An empty root scope. */
  public static Scope empty() {
    return new Scope(null);
  }

  /** A scope for a block (loop body, catch, login) whose own variables vanish when it ends. */
  public Scope child() {
    return new Scope(this);
  }

  /** True when the variable is defined here or in a parent (also when its value is null). */
  public boolean has(String name) {
    return values.containsKey(name) || parent != null && parent.has(name);
  }

  /** The variable's value, or null. */
  public Object get(String name) {
    if (values.containsKey(name)) {
      return values.get(name);
    }
    return parent == null ? null : parent.get(name);
  }

  /**
   * Sets a variable where it is already defined (so a loop can update an outer total), else here.
   */
  public Scope set(String name, Object value) {
    Scope owner = this;
    while (owner != null && !owner.values.containsKey(name)) {
      owner = owner.parent;
    }
    (owner == null ? this : owner).values.put(name, value);
    return this;
  }

  /**
   * Defines a variable in this scope, hiding a parent's variable of the same name (loop variables).
   */
  public Scope local(String name, Object value) {
    values.put(name, value);
    return this;
  }

  /** Every visible variable name. */
  public Set<String> names() {
    Set<String> all = parent == null ? new LinkedHashSet<>() : parent.names();
    all.addAll(values.keySet());
    return all;
  }
}
