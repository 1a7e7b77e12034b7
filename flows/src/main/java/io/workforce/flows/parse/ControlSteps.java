package io.workforce.flows.parse;

import static io.workforce.flows.parse.Shape.choice;
import static io.workforce.flows.parse.Shape.duration;
import static io.workforce.flows.parse.Shape.either;
import static io.workforce.flows.parse.Shape.listOf;
import static io.workforce.flows.parse.Shape.name;
import static io.workforce.flows.parse.Shape.obj;
import static io.workforce.flows.parse.Shape.opt;
import static io.workforce.flows.parse.Shape.req;
import static io.workforce.flows.parse.Shape.steps;
import static io.workforce.flows.parse.Shape.template;
import static io.workforce.flows.parse.Shape.whole;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;
import io.workforce.flows.parse.Shape.Decimal;
import io.workforce.flows.step.ErrorKind;
import io.workforce.flows.step.ForEach;
import io.workforce.flows.step.If;
import io.workforce.flows.step.Once;
import io.workforce.flows.step.Otherwise;
import io.workforce.flows.step.RepeatUntil;
import io.workforce.flows.step.RetryPolicy;
import io.workforce.flows.step.Step;
import io.workforce.flows.step.Try;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The steps that shape the run: if, for_each, repeat_until, try. */
final class ControlSteps {

  static final Shape ERROR_KINDS =
      either(
          choice("business_error", "system_error"),
          listOf(choice("business_error", "system_error")));

  private ControlSteps() {}

  static List<StepSpec> specs() {
    return List.of(ifStep(), forEach(), repeatUntil(), tryStep(), once());
  }

  private static StepSpec ifStep() {
    Shape body =
        obj(
            req(
                "condition",
                template(),
                "True, non-empty text other than \"false\", a non-zero number."),
            req("then", steps(), "Steps run when the condition holds."),
            opt("else", steps(), "Steps run when it does not."));
    return new StepSpec(
        "if",
        "Runs `then` when the condition holds, else `else`.",
        body,
        null,
        b -> {
          Template condition = b.template("condition");
          List<Step> then = b.block("then", s -> {});
          List<Step> otherwise = b.block("else", s -> {});
          return new If(b.path(), b.location(), condition, then, otherwise);
        });
  }

  private static StepSpec forEach() {
    Shape body =
        obj(
            req("in", template(), "The list, e.g. ${rows}."),
            req("as", name(), "The variable that holds the current element."),
            opt("index", name(), "The variable that holds its 0-based index."),
            opt("limit", whole(1, 10_000_000), "The most elements to go through (default: all)."),
            req("steps", steps(), "The body."));
    return new StepSpec(
        "for_each",
        "Runs steps for every element of a list.",
        body,
        null,
        b -> {
          Template items = b.template("in");
          String as = b.name("as");
          String index = b.name("index");
          for (String local : new String[] {as, index}) {
            if (local != null && Binder.reserved(local)) {
              b.problem(
                  local.equals(as) ? "as" : "index",
                  b.binder().m.reservedName(local),
                  b.binder().m.hintReserved());
            }
          }
          List<Step> body1 =
              b.block(
                  "steps",
                  s -> {
                    if (as != null) {
                      s.local(as);
                    }
                    if (index != null) {
                      s.local(index);
                    }
                  });
          return new ForEach(b.path(), b.location(), items, as, index, b.whole("limit", 0), body1);
        });
  }

  private static StepSpec repeatUntil() {
    Shape body =
        obj(
            req("until", template(), "The condition checked after each round."),
            req("max", whole(1, 100_000), "The hard limit of rounds."),
            opt("interval", duration(), "A pause between rounds."),
            opt(
                "otherwise",
                DataSteps.OTHERWISE,
                "When the limit is reached: system_error (default), business_error " + "or warn."),
            req("steps", steps(), "The body."));
    return new StepSpec(
        "repeat_until",
        "Runs steps until a condition holds, at most `max` rounds.",
        body,
        null,
        b -> {
          List<Step> body1 = b.block("steps", s -> {});
          Template until = b.template("until"); // after the body: it may test what the body read
          Duration interval = b.has("interval") ? b.duration("interval") : Duration.ZERO;
          return new RepeatUntil(
              b.path(),
              b.location(),
              until,
              b.whole("max", 1),
              interval,
              b.choice("otherwise", Otherwise.class, Otherwise.SYSTEM_ERROR),
              body1);
        });
  }

  private static StepSpec tryStep() {
    Shape retry =
        obj(
            req("attempts", whole(1, 100), "Total attempts (1 = no retry)."),
            opt("backoff", duration(), "Wait before the second attempt (default 1s)."),
            opt(
                "multiplier",
                new Decimal(1),
                "Each further wait is the previous one times this (default 2)."),
            opt("max_backoff", duration(), "The longest wait (default 1m)."),
            opt("on", ERROR_KINDS, "Which errors are retried (default system_error)."));
    Shape catchObj =
        obj(
            opt("errors", ERROR_KINDS, "Which errors are handled (default both)."),
            req(
                "steps",
                steps(),
                "The handler; ${error.kind}, ${error.message}, ${error.step} are visible."));
    Shape body =
        obj(
            req("steps", steps(), "The steps tried."),
            opt("retry", retry, "How often and on which errors the steps are tried again."),
            opt(
                "catch",
                either(steps(), catchObj),
                "Steps run when the steps still fail (the error is handled)."),
            opt("finally", steps(), "Steps run in every case."));
    return new StepSpec(
        "try",
        "Runs steps with a retry policy; on failure runs `catch`; always runs `finally`.",
        body,
        null,
        b -> {
          List<Step> steps1 = b.block("steps", s -> {});
          RetryPolicy policy = retry(b.nested("retry"));
          Body catchBody = b.nested("catch");
          Set<ErrorKind> errors =
              catchBody != null && catchBody.has("errors")
                  ? kinds(catchBody.texts("errors"))
                  : EnumSet.allOf(ErrorKind.class);
          List<Step> handler =
              catchBody != null
                  ? catchBody.block("steps", s -> s.local("error"))
                  : b.block("catch", s -> s.local("error"));
          List<Step> fin = b.block("finally", s -> {});
          return new Try(b.path(), b.location(), steps1, policy, errors, handler, fin);
        });
  }

  /** The top level of the item's steps: {@code steps[4].once}, never nested, login or run level. */
  private static final java.util.regex.Pattern TOP_LEVEL =
      java.util.regex.Pattern.compile("steps\\[\\d+]\\.once");

  private static StepSpec once() {
    Shape body =
        obj(
            req(
                "steps",
                steps(),
                "The steps after which the system may hold the record (the submit and what reads"
                    + " its answer)."),
            req(
                "lookup",
                steps(),
                "Run first on every attempt after one that started `steps`: look the record up."),
            req("found", template(), "After `lookup`: true when the record is there."));
    return new StepSpec(
        "once",
        "Steps that may reach the system: a retried item first looks the record up and goes on"
            + " after them when it is found.",
        body,
        null,
        b -> {
          Messages m = b.binder().m;
          SourceLocation first = null;
          if (!TOP_LEVEL.matcher(b.path()).matches()) {
            b.binder()
                .problems
                .add(b.location(), m.onceNotTopLevel(b.path()), m.hintOnceTopLevel());
          } else {
            first = b.binder().firstOnce(b.location());
          }
          if (first != null) {
            b.binder().problems.add(b.location(), m.onceTwice(first.line()), m.hintOnceTwice());
          }
          List<Step> steps1 = b.block("steps", s -> {});
          // lookup runs first on its attempt: found sees what lookup defined, nothing before it
          Lookup lookup =
              b.binder().atItemStart(() -> new Lookup(b.steps("lookup"), b.template("found")));
          for (String key : new String[] {"steps", "lookup"}) {
            if (b.node(key) instanceof Node.ListNode list && list.items().isEmpty()) {
              b.problem(key, m.emptyList("once." + key), m.hintOnceEmpty(key));
            }
          }
          return new Once(b.path(), b.location(), lookup.steps(), lookup.found(), steps1);
        });
  }

  private record Lookup(List<Step> steps, Template found) {}

  private static RetryPolicy retry(Body r) {
    if (r == null) {
      return RetryPolicy.NONE;
    }
    Duration backoff = r.has("backoff") ? r.duration("backoff") : Duration.ofSeconds(1);
    Duration max = r.has("max_backoff") ? r.duration("max_backoff") : Duration.ofMinutes(1);
    Set<ErrorKind> on = r.has("on") ? kinds(r.texts("on")) : Set.of(ErrorKind.SYSTEM);
    return new RetryPolicy(
        r.whole("attempts", 1),
        backoff == null ? Duration.ofSeconds(1) : backoff,
        r.number("multiplier", 2),
        max == null ? Duration.ofMinutes(1) : max,
        on);
  }

  private static Set<ErrorKind> kinds(List<String> names) {
    Set<ErrorKind> out = EnumSet.noneOf(ErrorKind.class);
    names.forEach(n -> out.add("business_error".equals(n) ? ErrorKind.BUSINESS : ErrorKind.SYSTEM));
    return out;
  }
}
