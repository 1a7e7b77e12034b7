package io.workforce.runtime.engine;

import io.workforce.flows.step.Once;
import io.workforce.flows.step.Step;
import io.workforce.runtime.BusinessException;
import io.workforce.runtime.Messages;
import java.util.List;

/**
 * The {@code once} block: the steps after which the system may hold the item's record. Entering it
 * marks the item; every later attempt of a marked item runs the block's {@code lookup} first and,
 * when {@code found} holds, goes on after the block instead of submitting a second time.
 */
final class OnceRunner {

  private OnceRunner() {}

  /** Runs the item's steps, looking the record up first when an earlier attempt entered once. */
  static void steps(List<Step> steps, ItemContext ctx, StepExecutor executor, boolean lookUpFirst) {
    int at = indexOfOnce(steps);
    if (lookUpFirst && at >= 0) {
      Once once = (Once) steps.get(at);
      executor.runAll(once.lookup(), ctx);
      boolean found = ctx.run.expressions.test(once.found(), ctx.scope);
      executor.log(
          ctx, once, "INFO", Messages.get(found ? "once.found" : "once.notFound", ctx.path(once)));
      if (found) {
        ctx.reachedOnce = true;
        executor.runAll(steps.subList(at + 1, steps.size()), ctx);
        return;
      }
    }
    executor.runAll(steps, ctx);
  }

  /** Runs the block's steps; from here on a retry must look the record up first. */
  static void enter(Once step, ItemContext ctx, StepExecutor executor) {
    if (indexOf(ctx.run.flow.steps(), step) < 0) {
      // a called flow's once: the item's retry starts from the caller's steps and would never
      // run this lookup, so refuse rather than let a retry submit again
      throw new BusinessException(Messages.get("once.called", ctx.path(step)));
    }
    ctx.reachedOnce = true;
    executor.runAll(step.steps(), ctx);
  }

  private static int indexOfOnce(List<Step> steps) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i) instanceof Once) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(List<Step> steps, Step step) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i) == step) {
        return i;
      }
    }
    return -1;
  }
}
