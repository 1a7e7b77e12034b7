package io.workforce.runtime.engine;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.workforce.flows.Flow;
import io.workforce.flows.expr.Scope;
import io.workforce.flows.step.Assignment;
import io.workforce.flows.step.Call;
import io.workforce.flows.step.ErrorKind;
import io.workforce.flows.step.ForEach;
import io.workforce.flows.step.If;
import io.workforce.flows.step.Otherwise;
import io.workforce.flows.step.RepeatUntil;
import io.workforce.flows.step.RetryPolicy;
import io.workforce.flows.step.Try;
import io.workforce.runtime.BusinessException;
import io.workforce.runtime.Messages;
import io.workforce.runtime.RpaException;
import io.workforce.runtime.SystemException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runners of {@code if}, {@code for_each}, {@code repeat_until}, {@code try} and {@code call}. */
final class ControlRunners {

  private ControlRunners() {}

  static void ifThen(If step, ItemContext ctx, StepExecutor executor) {
    boolean holds = ctx.run.expressions.test(step.condition(), ctx.scope);
    ctx.detail = String.valueOf(holds);
    executor.runAll(holds ? step.then() : step.otherwise(), ctx);
  }

  static void forEach(ForEach step, ItemContext ctx, StepExecutor executor) {
    List<Object> items = list(ctx.value(step.items()), step.items().source());
    int limit = step.limit() <= 0 ? items.size() : Math.min(step.limit(), items.size());
    Scope outer = ctx.scope;
    try {
      for (int i = 0; i < limit; i++) {
        ctx.scope = outer.child().local(step.as(), items.get(i));
        if (step.index() != null) {
          ctx.scope.local(step.index(), i);
        }
        ctx.enterLoop(step, i);
        try {
          executor.runAll(step.steps(), ctx);
        } finally {
          ctx.leaveLoop();
        }
        keepNewVariables(
            ctx.scope,
            outer,
            step.index() == null
                ? java.util.Set.of(step.as())
                : java.util.Set.of(step.as(), step.index()));
      }
    } finally {
      ctx.scope = outer;
    }
    ctx.detail = String.valueOf(limit);
  }

  /**
   * Variables a block defined for the first time stay defined after it (as the validator assumes);
   * only the block's own names (loop variable, index, error) end with it.
   */
  private static void keepNewVariables(Scope block, Scope outer, java.util.Set<String> own) {
    for (String name : block.names()) {
      if (!own.contains(name) && !outer.has(name)) {
        outer.set(name, block.get(name));
      }
    }
  }

  private static List<Object> list(Object value, String source) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> c) {
      return new ArrayList<>(c);
    }
    if (value instanceof Object[] a) {
      return Arrays.asList(a);
    }
    if (value instanceof Map<?, ?> m) {
      return new ArrayList<>(m.values());
    }
    throw new BusinessException(
        Messages.get("run.notlist", source, value.getClass().getSimpleName()));
  }

  static void repeatUntil(RepeatUntil step, ItemContext ctx, StepExecutor executor) {
    for (int round = 1; round <= step.max(); round++) {
      executor.runAll(step.steps(), ctx);
      if (ctx.run.expressions.test(step.until(), ctx.scope)) {
        ctx.detail = String.valueOf(round);
        return;
      }
      if (round < step.max() && step.interval() != null && !step.interval().isZero()) {
        Conditions.sleep(step.interval().toMillis());
      }
    }
    String message = Messages.get("run.repeat", step.until().source(), step.max());
    if (step.otherwise() == Otherwise.WARN) {
      executor.log(ctx, step, "WARN", message);
      return;
    }
    throw step.otherwise() == Otherwise.BUSINESS_ERROR
        ? new BusinessException(message)
        : new SystemException(message);
  }

  static void tryCatch(Try step, ItemContext ctx, StepExecutor executor) {
    try {
      retrying(step.retry(), ctx, () -> executor.runAll(step.steps(), ctx));
    } catch (RpaException e) {
      ErrorKind kind = e.retryable() ? ErrorKind.SYSTEM : ErrorKind.BUSINESS;
      if (step.catchSteps().isEmpty() || !step.catchErrors().contains(kind)) {
        if (step.retry() != null
            && step.retry().attempts() > 1
            && step.retry().on().contains(kind)) {
          ctx.budget.spend(); // retried here already: the item is not tried again for it
        }
        throw e;
      }
      Scope outer = ctx.scope;
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("kind", kind == ErrorKind.SYSTEM ? "system_error" : "business_error");
      error.put("message", e.reason());
      error.put("step", e.context().stepPath());
      ctx.scope = outer.child().local("error", error);
      try {
        executor.runAll(step.catchSteps(), ctx);
      } finally {
        keepNewVariables(ctx.scope, outer, java.util.Set.of("error"));
        ctx.scope = outer;
      }
    } finally {
      if (!ctx.stopRequested()) {
        executor.runAll(step.finallySteps(), ctx);
      }
    }
  }

  /**
   * Runs {@code body} per the policy (resilience4j): the errors it names are tried again after a
   * backoff.
   */
  private static void retrying(RetryPolicy policy, ItemContext ctx, Runnable body) {
    if (policy == null || policy.attempts() <= 1) {
      body.run();
      return;
    }
    RetryConfig config =
        RetryConfig.custom()
            .maxAttempts(policy.attempts())
            .intervalFunction(
                (IntervalFunction) n -> Math.max(1L, policy.backoffBefore(n + 1).toMillis()))
            .retryOnException(
                e ->
                    e instanceof RpaException r
                        && !ctx.stopRequested()
                        && policy
                            .on()
                            .contains(r.retryable() ? ErrorKind.SYSTEM : ErrorKind.BUSINESS))
            .failAfterMaxAttempts(false)
            .build();
    Retry.of("try", config).executeRunnable(body);
  }

  static void call(Call step, ItemContext ctx, StepExecutor executor) {
    Flow called = ctx.run.resolver == null ? null : ctx.run.resolver.find(step.flow()).orElse(null);
    if (called == null) {
      throw new SystemException(Messages.get("run.noflow", step.flow()));
    }
    ctx.run.include(called);
    Map<String, Object> with = new LinkedHashMap<>();
    for (Assignment a : step.with()) {
      with.put(a.name(), ctx.value(a.value()));
    }
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("item", with);
    vars.put("env", ctx.run.env());
    ItemContext inner =
        new ItemContext(ctx.run, ctx.sessions, ctx.item, ctx.attempt, ctx.budget, Scope.of(vars));
    inner.system = ctx.system;
    executor.runAll(called.steps(), inner);
    if (step.into() != null) {
      ctx.scope.set(step.into(), new LinkedHashMap<>(inner.outputs));
    }
    ctx.detail = String.valueOf(inner.outputs);
  }
}
