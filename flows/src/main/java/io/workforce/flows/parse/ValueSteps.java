package io.workforce.flows.parse;

import static io.workforce.flows.parse.Shape.choice;
import static io.workforce.flows.parse.Shape.either;
import static io.workforce.flows.parse.Shape.id;
import static io.workforce.flows.parse.Shape.listOf;
import static io.workforce.flows.parse.Shape.name;
import static io.workforce.flows.parse.Shape.obj;
import static io.workforce.flows.parse.Shape.opt;
import static io.workforce.flows.parse.Shape.req;
import static io.workforce.flows.parse.Shape.template;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowInput;
import io.workforce.flows.FormField;
import io.workforce.flows.expr.Template;
import io.workforce.flows.parse.Node.Entry;
import io.workforce.flows.parse.Shape.MapOf;
import io.workforce.flows.parse.Shape.Text;
import io.workforce.flows.parse.Shape.TextKind;
import io.workforce.flows.step.Assignment;
import io.workforce.flows.step.Call;
import io.workforce.flows.step.Done;
import io.workforce.flows.step.ErrorKind;
import io.workforce.flows.step.Fail;
import io.workforce.flows.step.Log;
import io.workforce.flows.step.Normalization;
import io.workforce.flows.step.Otherwise;
import io.workforce.flows.step.Output;
import io.workforce.flows.step.SetVariables;
import io.workforce.flows.step.ValueType;
import io.workforce.flows.step.Verify;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The steps that work with values: set, verify, output, log, fail, call. */
final class ValueSteps {

  private ValueSteps() {}

  static List<StepSpec> specs() {
    return List.of(set(), verify(), output(), log(), fail(), done(), call());
  }

  /** Values of a name → template mapping; numbers and booleans keep their type. */
  static List<Assignment> assignments(Body map, boolean define) {
    List<Assignment> out = new ArrayList<>();
    for (Entry e : map == null ? List.<Entry>of() : map.entries()) {
      Template value =
          e.value() instanceof Node.Scalar s
                  && (s.value() instanceof Number || s.value() instanceof Boolean)
              ? Template.parse("${" + s.text() + "}", s.location())
              : map.template(e.value());
      if (define && TextChecker.NAME.matcher(e.key()).matches()) {
        map.define(e.key(), e.keyLocation());
      }
      out.add(new Assignment(e.key(), value, e.keyLocation()));
    }
    return out;
  }

  private static StepSpec set() {
    return new StepSpec(
        "set",
        "Gives variables values, in order (a later one may use an earlier one).",
        new MapOf(TextKind.NAME, template()),
        null,
        b -> new SetVariables(b.path(), b.location(), assignments(b, true)));
  }

  private static StepSpec verify() {
    Shape normalizations = choice("trim", "width", "case", "none");
    Shape body =
        new Shape.Obj(
            List.of(
                req("that", template(), "The value checked."),
                opt("equals", template(), "Equal after normalisation."),
                opt("matches", template(), "A regular expression the whole value matches."),
                opt("contains", template(), "A text the value contains."),
                opt("one_of", listOf(template()), "Equal to one of these."),
                opt(
                    "normalize",
                    either(normalizations, listOf(normalizations)),
                    "trim (default): strip and collapse spaces; width: full-width → half-width; case: ignore case; none."),
                opt(
                    "as",
                    choice("text", "number", "date"),
                    "Compare as text (default), numbers (1,000.00 = 1000) or dates."),
                opt(
                    "formats",
                    either(new Text(TextKind.DATE_FORMAT), listOf(new Text(TextKind.DATE_FORMAT))),
                    "Date formats tried in order for as: date (default yyyy-MM-dd)."),
                opt(
                    "otherwise",
                    DataSteps.OTHERWISE,
                    "business_error (default), system_error or warn."),
                opt("message", template(), "The message when the check fails.")),
            List.of(List.of("equals", "matches", "contains", "one_of")));
    return new StepSpec(
        "verify",
        "Checks a value (equals / matches / contains / one_of) after normalising both "
            + "sides; otherwise a business error, system error or warning.",
        body,
        null,
        b -> {
          Verify.Comparison comparison =
              b.has("matches")
                  ? Verify.Comparison.MATCHES
                  : b.has("contains")
                      ? Verify.Comparison.CONTAINS
                      : b.has("one_of") ? Verify.Comparison.ONE_OF : Verify.Comparison.EQUALS;
          List<Template> expected = new ArrayList<>();
          if (comparison == Verify.Comparison.ONE_OF
              && b.node("one_of") instanceof Node.ListNode list) {
            list.items().forEach(i -> expected.add(b.template(i)));
          } else {
            expected.add(b.template(Body.lower(comparison)));
          }
          return new Verify(
              b.path(),
              b.location(),
              b.template("that"),
              comparison,
              expected,
              normalization(b),
              b.choice("otherwise", Otherwise.class, Otherwise.BUSINESS_ERROR),
              b.template("message"));
        });
  }

  private static Normalization normalization(Body b) {
    List<String> n = b.has("normalize") ? b.texts("normalize") : List.of("trim");
    ValueType as =
        "number".equals(b.text("as"))
            ? ValueType.DECIMAL
            : "date".equals(b.text("as")) ? ValueType.DATE : ValueType.TEXT;
    return new Normalization(
        n.contains("trim"), n.contains("width"), n.contains("case"), as, b.texts("formats"));
  }

  private static StepSpec output() {
    return new StepSpec(
        "output",
        "Sets values the flow reports for the item (declared under output:).",
        new MapOf(TextKind.NAME, template()),
        null,
        b -> {
          notInRunLevel(b, "output");
          Set<String> declared = b.binder().facts().outputs();
          for (Entry e : b.entries()) {
            if (declared != null && !declared.contains(e.key())) {
              String guess = Suggest.closest(e.key(), declared);
              b.binder()
                  .problems
                  .add(
                      e.keyLocation(),
                      b.binder().m.undeclaredOutput(e.key()),
                      guess != null
                          ? b.binder().m.didYouMean(guess)
                          : b.binder().m.hintDeclareOutput());
            }
          }
          return new Output(b.path(), b.location(), assignments(b, false));
        });
  }

  private static StepSpec log() {
    Shape body =
        obj(
            req("message", template(), "The text."),
            opt("level", choice("info", "warn", "error"), "info (default), warn or error."));
    return new StepSpec(
        "log",
        "Writes a message to the run's journal.",
        either(template(), body),
        "message",
        b ->
            new Log(
                b.path(),
                b.location(),
                b.template("message"),
                b.choice("level", Log.Level.class, Log.Level.INFO)));
  }

  private static StepSpec fail() {
    Shape body =
        obj(
            req("message", template(), "The message."),
            opt(
                "kind",
                choice("business_error", "system_error"),
                "business_error (default: the data is wrong, no "
                    + "retry) or system_error (retried)."));
    return new StepSpec(
        "fail",
        "Stops the item with a business error or a system error.",
        either(template(), body),
        "message",
        b -> {
          ErrorKind kind =
              "system_error".equals(b.text("kind")) ? ErrorKind.SYSTEM : ErrorKind.BUSINESS;
          return new Fail(b.path(), b.location(), kind, b.template("message"));
        });
  }

  /** Steps that belong to an item are refused in {@code before} and {@code after}. */
  static void notInRunLevel(Body b, String keyword) {
    if (b.binder().runLevel() != null) {
      b.binder()
          .problems
          .add(b.location(), b.binder().m.notInRunLevel(keyword, b.binder().runLevel()), "");
    }
  }

  private static StepSpec done() {
    Shape outcome = choice("succeeded", "unchanged");
    Shape body =
        obj(
            opt(
                "outcome",
                outcome,
                "succeeded (default: the item did its work) or unchanged (nothing needed doing)."),
            opt("reason", template(), "What people read in the result's reason column."));
    return new StepSpec(
        "done",
        "Ends the item now, successfully: succeeded, or unchanged when nothing needed doing.",
        either(outcome, body),
        "outcome",
        b -> {
          if (b.binder().inLogin()) {
            b.binder().problems.add(b.location(), b.binder().m.doneOutsideItem(), "");
          }
          notInRunLevel(b, "done");
          return new Done(
              b.path(),
              b.location(),
              b.choice("outcome", Done.Outcome.class, Done.Outcome.SUCCEEDED),
              b.template("reason"));
        });
  }

  private static StepSpec call() {
    Shape body =
        obj(
            req("flow", id(), "The other flow's name."),
            opt("with", new MapOf(TextKind.NAME, template()), "Its inputs (its item fields)."),
            opt("into", name(), "Variable that receives the called flow's outputs as a record."));
    return new StepSpec(
        "call",
        "Runs another flow for the current item, with inputs; its outputs come back.",
        body,
        null,
        b -> {
          Body with = b.nested("with");
          List<Assignment> inputs = assignments(with, false);
          checkTarget(b, inputs);
          return new Call(b.path(), b.location(), b.text("flow"), inputs, b.defines("into"));
        });
  }

  /** With a resolver, the called flow must exist and get exactly the inputs its form declares. */
  private static void checkTarget(Body b, List<Assignment> inputs) {
    Messages m = b.binder().m;
    if (b.binder().inLogin()) {
      b.problem("flow", m.loginOutsideSystem(), "");
    }
    String name = b.text("flow");
    if (b.binder().resolver() == null || name == null) {
      return;
    }
    Optional<Flow> target = b.binder().resolver().find(name);
    if (target.isEmpty()) {
      b.problem("flow", m.unknownFlow(name), m.hintUnknownFlow());
      return;
    }
    if (!(target.get().input() instanceof FlowInput.Form form)) {
      return;
    }
    List<String> names = form.fields().stream().map(FormField::name).toList();
    for (Assignment a : inputs) {
      if (!names.contains(a.name())) {
        String guess = Suggest.closest(a.name(), names);
        b.binder()
            .problems
            .add(
                a.location(),
                m.unknownCallInput(name, a.name()),
                guess != null ? m.didYouMean(guess) : m.hintItemFields(names));
      }
    }
    for (FormField f : form.fields()) {
      if (f.required() && inputs.stream().noneMatch(a -> a.name().equals(f.name()))) {
        b.problem("flow", m.missingCallInput(name, f.name()), "");
      }
    }
  }
}
