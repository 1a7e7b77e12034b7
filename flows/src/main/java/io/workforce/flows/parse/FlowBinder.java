package io.workforce.flows.parse;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowInput;
import io.workforce.flows.FlowResolver;
import io.workforce.flows.OutputDef;
import io.workforce.flows.Placement;
import io.workforce.flows.SourceLocation;
import io.workforce.flows.SystemDef;
import io.workforce.flows.expr.Template;
import io.workforce.flows.parse.Node.Entry;
import io.workforce.flows.parse.Node.MapNode;
import io.workforce.flows.step.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Turns a checked document into a {@link Flow}: header, systems, input, output, then the steps. */
final class FlowBinder {

  private final Problems problems;
  private final Messages m;
  private final FlowResolver resolver;

  FlowBinder(Problems problems, FlowResolver resolver) {
    this.problems = problems;
    this.m = problems.messages();
    this.resolver = resolver;
  }

  /** The flow (meaningful only when no problem was added). */
  Flow bind(Node root, String file) {
    if (!(root instanceof MapNode map)) {
      problems.add(root.location(), m.notAFlow(root.kindName(m)), "");
      return null;
    }
    Binder shapesOnly = new Binder(problems, new FlowFacts(Set.of(), null, null, null));
    shapesOnly.shapes.check(map, FlowShapes.FLOW, "");
    Body top = new Body(shapesOnly, map, "", root.location());

    FlowInput input = FlowInputs.bind(top, problems);
    List<OutputDef> outputs = outputs(top.nested("output"));
    Body systemsBody = top.nested("systems");
    Set<String> systemNames =
        systemsBody == null ? Set.of() : new LinkedHashSet<>(keys(systemsBody));
    Set<String> outputNames =
        top.has("output")
            ? new LinkedHashSet<>(outputs.stream().map(OutputDef::name).toList())
            : null;
    Binder binder =
        new Binder(
            problems,
            new FlowFacts(systemNames, outputNames, FlowInputs.itemFields(input), resolver));
    Map<String, SystemDef> systems =
        systems(new Body(binder, map, "", root.location()).nested("systems"));
    List<Step> before = binder.runLevel(map.get("before"), "before");
    Set<String> prepared = binder.scope().visible();
    List<Step> steps = binder.itemSteps(map.get("steps"), prepared);
    List<Step> after = binder.after(map.get("after"), prepared);
    if (map.get("steps") instanceof Node.ListNode list && list.items().isEmpty()) {
      problems.add(list.location(), m.emptyList("steps"), m.hintEmptyList());
    }

    Set<String> credentials = new TreeSet<>();
    systems
        .values()
        .forEach(
            s -> {
              if (s.credential() != null) {
                credentials.add(s.credential());
              }
            });
    return new Flow(
        top.text("flow"),
        top.whole("version", 1),
        top.has("description") ? top.text("description") : "",
        top.number("manual_minutes_per_item", 0),
        Collections.unmodifiableMap(systems),
        input,
        outputs,
        steps,
        before,
        after,
        placements(top),
        Collections.unmodifiableSet(credentials),
        Collections.unmodifiableSet(new TreeSet<>(binder.environment())),
        SourceLocation.start(file));
  }

  private static List<String> keys(Body body) {
    return body.entries().stream().map(Entry::key).toList();
  }

  private Map<String, SystemDef> systems(Body systemsBody) {
    Map<String, SystemDef> out = new LinkedHashMap<>();
    if (systemsBody == null) {
      return out;
    }
    for (Entry e : systemsBody.entries()) {
      Body s = systemsBody.nested(e.key());
      if (s == null) {
        continue;
      }
      Template url = s.template("url");
      List<Step> login = s.binder().login(s.node("login"), "systems." + e.key() + ".login");
      out.put(
          e.key(),
          new SystemDef(
              e.key(),
              url,
              s.text("credential"),
              s.whole("max_sessions", 1),
              login,
              s.nested("logged_out") != null ? Conditions.build(s.nested("logged_out")) : null,
              e.keyLocation()));
    }
    return out;
  }

  private static List<OutputDef> outputs(Body output) {
    List<OutputDef> out = new ArrayList<>();
    if (output == null) {
      return out;
    }
    for (Entry e : output.entries()) {
      String label =
          e.value() instanceof Node.Scalar s
              ? s.text()
              : output.nested(e.key()) != null ? output.nested(e.key()).text("label") : null;
      out.add(new OutputDef(e.key(), label == null ? e.key() : label, e.keyLocation()));
    }
    return out;
  }

  private static Set<Placement> placements(Body top) {
    if (!top.has("runs_on")) {
      return Collections.unmodifiableSet(EnumSet.of(Placement.ROBOT));
    }
    Set<Placement> out = EnumSet.noneOf(Placement.class);
    top.texts("runs_on")
        .forEach(
            t -> {
              Placement p = Body.enumOf(t, Placement.class, null);
              if (p != null) {
                out.add(p);
              }
            });
    return Collections.unmodifiableSet(out.isEmpty() ? EnumSet.of(Placement.ROBOT) : out);
  }
}
