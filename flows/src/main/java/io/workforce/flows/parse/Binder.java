package io.workforce.flows.parse;

import io.workforce.flows.FlowResolver;
import io.workforce.flows.SourceLocation;
import io.workforce.flows.parse.Node.Entry;
import io.workforce.flows.parse.Node.ListNode;
import io.workforce.flows.parse.Node.MapNode;
import io.workforce.flows.step.Done;
import io.workforce.flows.step.Fail;
import io.workforce.flows.step.Step;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Turns step nodes into step records, with paths like {@code steps[3].for_each.steps[1].fill},
 * checking each against its {@link StepSpec} and tracking which variables are defined where.
 */
final class Binder {

  final Problems problems;
  final Messages m;
  final ShapeChecker shapes;
  final ExpressionChecker expressions;
  private final FlowFacts facts;
  private final Set<String> environment = new TreeSet<>();
  private VarScope scope = VarScope.root();
  private boolean inLogin;

  /** {@code before} or {@code after} while their steps are bound (no item there), else null. */
  private String runLevel;

  /** The variables every item starts with (the environment, what {@code before} left). */
  private Set<String> itemStart = Set.of();

  /** The flow's {@code once} block, once bound (a flow has at most one). */
  private SourceLocation once;

  Binder(Problems problems, FlowFacts facts) {
    this.problems = problems;
    this.m = problems.messages();
    this.shapes = new ShapeChecker(problems);
    this.expressions = new ExpressionChecker(problems);
    this.facts = facts;
  }

  FlowFacts facts() {
    return facts;
  }

  /**
   * The environment variables the flow names ({@code env.NAME}), collected as templates are
   * checked.
   */
  Set<String> environment() {
    return environment;
  }

  VarScope scope() {
    return scope;
  }

  boolean inLogin() {
    return inLogin;
  }

  /** {@code before} or {@code after} while their steps are bound, else null. */
  String runLevel() {
    return runLevel;
  }

  /** Binds the item's {@code steps}, which start with {@code prepared} defined. */
  List<Step> itemSteps(Node node, Set<String> prepared) {
    itemStart = Set.copyOf(prepared);
    return steps(node, "steps");
  }

  /**
   * Binds what runs first on an attempt ({@code once}'s {@code lookup} and {@code found}): it sees
   * only what an item starts with; what it defines is known after the block too.
   */
  <T> T atItemStart(Supplier<T> bind) {
    VarScope outer = scope;
    scope = VarScope.root();
    itemStart.forEach(scope::local);
    try {
      return bind.get();
    } finally {
      scope.defined().forEach(outer::define);
      scope = outer;
    }
  }

  /** Where the flow's first {@code once} is, or null; records {@code at} as it when it is. */
  SourceLocation firstOnce(SourceLocation at) {
    SourceLocation first = once;
    if (first == null) {
      once = at;
    }
    return first;
  }

  /**
   * Binds {@code before}: its variables stay defined for the steps and {@code after} (each item
   * starts from the values it left).
   */
  List<Step> runLevel(Node node, String path) {
    runLevel = path;
    try {
      return steps(node, path);
    } finally {
      runLevel = null;
    }
  }

  /**
   * Binds {@code after}: it sees what {@code before} defined ({@code prepared}), not the variables
   * of the items.
   */
  List<Step> after(Node node, Set<String> prepared) {
    VarScope outer = scope;
    scope = VarScope.root();
    prepared.forEach(scope::local);
    runLevel = "after";
    try {
      return steps(node, "after");
    } finally {
      runLevel = null;
      scope = outer;
    }
  }

  List<String> itemFields() {
    return facts.itemFields();
  }

  FlowResolver resolver() {
    return facts.resolver();
  }

  /**
   * Binds login steps: {@code credential} is visible only there, and their variables stay there (a
   * login runs in a scope of its own, before and apart from the items).
   */
  List<Step> login(Node node, String path) {
    VarScope outer = scope;
    scope = VarScope.root();
    inLogin = true;
    try {
      return steps(node, path);
    } finally {
      inLogin = false;
      scope = outer;
    }
  }

  /**
   * Binds a nested block of steps in a child scope; {@code locals} defines its block-local
   * variables.
   */
  List<Step> block(Node node, String path, Consumer<VarScope> locals) {
    VarScope outer = scope;
    scope = outer.child();
    try {
      locals.accept(scope);
      return steps(node, path);
    } finally {
      scope = outer;
    }
  }

  /** Binds a list of steps; {@code path} is the list's path, e.g. {@code steps}. */
  List<Step> steps(Node node, String path) {
    if (!(node instanceof ListNode list)) {
      return List.of();
    }
    List<Step> out = new ArrayList<>();
    Step previous = null;
    for (int i = 0; i < list.items().size(); i++) {
      Node item = list.items().get(i);
      if (previous instanceof Fail || previous instanceof Done) {
        problems.add(
            item.location(),
            m.unreachable(previous.keyword(), previous.location().line()),
            m.hintUnreachable(previous.keyword()));
      }
      Step step = step(item, path + "[" + i + "]");
      if (step != null) {
        out.add(step);
      }
      previous = step;
    }
    return out;
  }

  private Step step(Node node, String prefix) {
    if (!(node instanceof MapNode map)) {
      String text = node instanceof Node.Scalar s ? s.text() : "";
      String hint =
          StepRegistry.spec(text) != null
              ? m.hintStepValue(text)
              : m.stepTypes(StepRegistry.keywords());
      problems.add(node.location(), m.stepNotMap(node.kindName(m)), hint);
      return null;
    }
    Iterator<Entry> entries = map.entries().values().iterator();
    if (!entries.hasNext()) {
      problems.add(node.location(), m.emptyStep(), m.stepTypes(StepRegistry.keywords()));
      return null;
    }
    Entry first = entries.next();
    StepSpec spec = StepRegistry.spec(first.key());
    if (spec == null) {
      String guess = Suggest.closest(first.key(), StepRegistry.keywords());
      problems.add(
          first.keyLocation(),
          m.unknownStep(first.key()),
          guess != null ? m.didYouMean(guess) : m.stepTypes(StepRegistry.keywords()));
    }
    while (entries.hasNext()) {
      Entry extra = entries.next();
      boolean isStep = StepRegistry.spec(extra.key()) != null;
      problems.add(
          extra.keyLocation(),
          m.stepManyKeys(first.key(), extra.key()),
          isStep ? m.hintStepDash() : m.hintStepOption(first.key(), extra.key()));
    }
    if (spec == null) {
      return null;
    }
    shapes.check(first.value(), spec.shape(), first.key());
    return spec.build()
        .apply(new Body(this, spec, first.value(), prefix + "." + first.key(), node.location()));
  }

  /** Whether a name may be a variable. */
  static boolean reserved(String name) {
    return ExpressionChecker.BUILT_IN.contains(name) || JEXL_WORDS.contains(name);
  }

  private static final Set<String> JEXL_WORDS =
      Set.of(
          "and",
          "or",
          "not",
          "eq",
          "ne",
          "lt",
          "gt",
          "le",
          "ge",
          "div",
          "mod",
          "empty",
          "size",
          "new",
          "true",
          "false",
          "null",
          "function",
          "var",
          "let",
          "const",
          "return",
          "if",
          "else",
          "for",
          "while",
          "do",
          "continue",
          "break",
          "in",
          "NaN",
          "this");
}
