package io.workforce.flows.parse;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The variables defined at a point of a flow, as the validator tracks them. A variable defined
 * inside a block (a branch, a loop body) is also known after the block, so that a flow that sets a
 * value in both branches of an {@code if} validates; loop variables and {@code error} are local to
 * their block.
 */
final class VarScope {

  private final VarScope parent;
  private final Set<String> names = new HashSet<>();
  private final Set<String> locals = new HashSet<>();

  private VarScope(VarScope parent) {
    this.parent = parent;
  }

  static VarScope root() {
    return new VarScope(null);
  }

  VarScope child() {
    return new VarScope(this);
  }

  /** Defines a variable here and in every enclosing block. */
  void define(String name) {
    for (VarScope s = this; s != null; s = s.parent) {
      s.names.add(name);
    }
  }

  /** Defines a variable only in this block (loop variables, {@code error}). */
  void local(String name) {
    locals.add(name);
  }

  boolean has(String name) {
    for (VarScope s = this; s != null; s = s.parent) {
      if (s.names.contains(name) || s.locals.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** The variables defined in this block (not its locals). */
  Set<String> defined() {
    return Set.copyOf(names);
  }

  Set<String> visible() {
    Set<String> all = new LinkedHashSet<>();
    for (VarScope s = this; s != null; s = s.parent) {
      all.addAll(s.names);
      all.addAll(s.locals);
    }
    return all;
  }
}
