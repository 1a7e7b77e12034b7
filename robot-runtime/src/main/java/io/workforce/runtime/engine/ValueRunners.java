package io.workforce.runtime.engine;

import io.workforce.flows.expr.Expressions;
import io.workforce.flows.expr.Normalize;
import io.workforce.flows.step.Assignment;
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
import io.workforce.runtime.BusinessException;
import io.workforce.runtime.Messages;
import io.workforce.runtime.SystemException;
import io.workforce.runtime.journal.ItemStatus;
import java.util.List;
import java.util.Objects;

/** Runners of {@code set}, {@code verify}, {@code output}, {@code log} and {@code fail}. */
final class ValueRunners {

  private ValueRunners() {}

  static void set(SetVariables step, ItemContext ctx) {
    for (Assignment a : step.assignments()) {
      ctx.scope.set(a.name(), ctx.value(a.value()));
    }
  }

  static void output(Output step, ItemContext ctx) {
    for (Assignment a : step.values()) {
      ctx.outputs.put(a.name(), ctx.value(a.value()));
    }
    ctx.detail = String.valueOf(ctx.outputs);
  }

  static void log(Log step, ItemContext ctx, StepExecutor executor) {
    executor.log(ctx, step, step.level().name(), ctx.text(step.message()));
  }

  static void fail(Fail step, ItemContext ctx) {
    String message = ctx.text(step.message());
    throw step.kind() == ErrorKind.SYSTEM
        ? new SystemException(message)
        : new BusinessException(message);
  }

  static void done(Done step, ItemContext ctx) {
    String reason = ctx.text(step.reason());
    ItemStatus status =
        step.outcome() == Done.Outcome.UNCHANGED ? ItemStatus.UNCHANGED : ItemStatus.SUCCEEDED;
    ctx.detail = status.word() + (reason == null ? "" : ": " + reason);
    throw new ItemDone(status, reason);
  }

  static void verify(Verify step, ItemContext ctx, StepExecutor executor) {
    Object actual = ctx.value(step.that());
    List<Object> expected = step.expected().stream().map(ctx::value).toList();
    Normalization n = step.normalization();
    boolean ok =
        switch (step.comparison()) {
          case EQUALS -> same(actual, expected.get(0), n);
          case ONE_OF -> expected.stream().anyMatch(e -> same(actual, e, n));
          case CONTAINS -> text(actual, n).contains(text(expected.get(0), n));
          case MATCHES -> text(actual, n).matches(Expressions.text(expected.get(0)));
        };
    ctx.detail = Expressions.text(actual);
    if (ok) {
      return;
    }
    String message =
        step.message() != null
            ? ctx.text(step.message())
            : Messages.get(
                "run.verify",
                step.comparison().name().toLowerCase(java.util.Locale.ROOT),
                expected.size() == 1 ? Expressions.text(expected.get(0)) : expected.toString(),
                Expressions.text(actual));
    if (step.otherwise() == Otherwise.WARN) {
      executor.log(ctx, step, "WARN", message);
      return;
    }
    throw step.otherwise() == Otherwise.SYSTEM_ERROR
        ? new SystemException(message)
        : new BusinessException(message);
  }

  private static boolean same(Object actual, Object expected, Normalization n) {
    if (n.as() == ValueType.DECIMAL || n.as() == ValueType.INTEGER) {
      try {
        return Normalize.number(text(actual, n)).compareTo(Normalize.number(text(expected, n)))
            == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    if (n.as() == ValueType.DATE) {
      try {
        return Objects.equals(date(actual, n), date(expected, n));
      } catch (java.time.format.DateTimeParseException e) {
        return false;
      }
    }
    return text(actual, n).equals(text(expected, n));
  }

  private static Object date(Object value, Normalization n) {
    if (value instanceof java.time.LocalDate d) {
      return d;
    }
    return Normalize.date(text(value, n), n.formats());
  }

  /** The value as normalised text: trim, half-width, case, as the step says. */
  static String text(Object value, Normalization n) {
    String s = value instanceof java.time.LocalDate d ? d.toString() : Expressions.text(value);
    if (n.halfWidth()) {
      s = Normalize.halfWidth(s);
    }
    if (n.trim()) {
      s = Normalize.trim(s);
    }
    if (n.ignoreCase()) {
      s = Normalize.lowerCase(s);
    }
    return s;
  }
}
