package io.workforce.runtime.engine;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.workforce.flows.expr.Scope;
import io.workforce.runtime.BusinessException;
import io.workforce.runtime.ErrorContext;
import io.workforce.runtime.Messages;
import io.workforce.runtime.RpaException;
import io.workforce.runtime.SystemException;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.input.WorkItem;
import io.workforce.runtime.input.WorkSource;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.runtime.journal.RunEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One worker: takes items from the source until it is empty (or a stop is requested) and runs each,
 * with its own sessions. A system error is tried again (resilience4j retry, exponential backoff) on
 * a rebuilt session while the item's {@link RetryBudget} lasts; a business error ends the item at
 * once.
 *
 * <p>The flow's {@code before} steps run as the start of the worker's first attempt (and again on
 * the attempt after a system error rebuilt its sessions, since the pages they prepared are gone);
 * their variables are where every item starts from. The {@code after} steps run once when the
 * source is empty, whatever the items' outcomes, if {@code before} ever completed. Each item starts
 * on the system (and page) the previous one, or {@code before}, ended on.
 */
final class Worker implements Runnable {

  private final RunContext run;
  private final WorkSource source;
  private final Map<Integer, ItemResult> results;
  private final Map<Integer, WorkItem> seen;
  private final boolean ownThread;

  /** What {@code before} left: its variables, copied into every item's scope. */
  private Map<String, Object> prepared;

  /** Whether {@code before} ran on the sessions the worker has now. */
  private boolean ready;

  /** The system the last item (or {@code before}) ended on: the next one starts there. */
  private String system;

  /**
   * Whether an attempt of the current item entered its {@code once} block: every further attempt
   * looks the record up before anything else.
   */
  private boolean lookUpFirst;

  /**
   * @param ownThread whether the worker has a thread of its own (its browser goes when it ends)
   */
  Worker(
      RunContext run,
      WorkSource source,
      Map<Integer, ItemResult> results,
      Map<Integer, WorkItem> seen,
      boolean ownThread) {
    this.run = run;
    this.source = source;
    this.results = results;
    this.seen = seen;
    this.ownThread = ownThread;
  }

  @Override
  public void run() {
    StepExecutor executor = new StepExecutor(run);
    try (Sessions sessions = new Sessions(run, executor)) {
      while (!run.stop.get()) {
        Optional<WorkItem> next = source.next();
        if (next.isEmpty()) {
          break;
        }
        seen.put(next.get().index(), next.get());
        ItemResult result = runItem(next.get(), sessions, executor);
        results.put(next.get().index(), result);
        source.completed(next.get(), result);
      }
      if (prepared != null && !run.flow.after().isEmpty() && !run.stop.get()) {
        after(sessions, executor);
      }
    } finally {
      if (ownThread) {
        run.driver.releaseThread();
      }
    }
  }

  private ItemResult runItem(WorkItem item, Sessions sessions, StepExecutor executor) {
    Instant start = run.now();
    lookUpFirst = false;
    int[] attempts = {0};
    RetryBudget budget = new RetryBudget(run.options.attempts() - 1);
    ItemStatus status;
    Map<String, Object> outputs = Map.of();
    String reason = null;
    ErrorContext where = ErrorContext.NONE;
    try {
      ItemContext done =
          retry(budget)
              .executeSupplier(() -> attempt(item, ++attempts[0], budget, sessions, executor));
      status = done.ending;
      reason = done.endReason;
      outputs = new LinkedHashMap<>(done.outputs);
    } catch (StopRequested e) {
      // stopped is an outcome of its own, not a failure: the status says it all
      status = ItemStatus.STOPPED;
    } catch (RpaException e) {
      status =
          e instanceof BusinessException ? ItemStatus.BUSINESS_FAILED : ItemStatus.SYSTEM_FAILED;
      reason = e.reason();
      where = e.context();
    } catch (RuntimeException e) {
      status = ItemStatus.SYSTEM_FAILED;
      reason = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    long millis = Duration.between(start, run.now()).toMillis();
    String shot =
        where.screenshot() == null ? null : run.runDir.relativize(where.screenshot()).toString();
    Map<String, Object> key = ItemKeys.of(run.flow.input(), item);
    run.emit(
        new RunEvent.ItemFinished(
            run.now(),
            item.index(),
            item.label(),
            key,
            status,
            outputs,
            reason,
            where.stepPath(),
            shot,
            attempts[0],
            millis));
    return new ItemResult(status, outputs, reason, attempts[0], key);
  }

  private ItemContext attempt(
      WorkItem item, int attempt, RetryBudget budget, Sessions sessions, StepExecutor executor) {
    run.emit(new RunEvent.ItemStarted(run.now(), item.index(), item.label(), attempt));
    ItemContext ctx = new ItemContext(run, sessions, item, attempt, budget, Scope.of(base()));
    ctx.system = system;
    try {
      if (!ready) {
        executor.runAll(run.flow.before(), ctx);
        prepared = variables(ctx.scope);
        ready = true;
      }
      Map<String, Object> vars = base();
      vars.putAll(prepared);
      vars.put("item", itemData(item));
      ctx.scope = Scope.of(vars);
      OnceRunner.steps(run.flow.steps(), ctx, executor, lookUpFirst);
      return ctx;
    } catch (ItemDone done) {
      ctx.ending = done.status;
      ctx.endReason = done.reason;
      return ctx;
    } catch (RpaException e) {
      lookUpFirst |= ctx.reachedOnce;
      e.in(new ErrorContext(run.runId, item.label(), null, null, null, null));
      if (e instanceof SystemException) {
        sessions.recover(ctx);
        ready = false;
        if (budget.any() && !run.stop.get()) {
          executor.log(
              ctx,
              null,
              "WARN",
              Messages.get("run.retry", attempt, run.options.attempts(), e.reason()));
        }
      }
      throw e;
    } finally {
      system = ctx.system;
    }
  }

  /**
   * The {@code after} steps, once, with what {@code before} left; a failure is logged (the items
   * have ended already and keep their outcomes).
   */
  private void after(Sessions sessions, StepExecutor executor) {
    WorkItem none = new WorkItem(0, "after", Map.of(), null);
    Map<String, Object> vars = base();
    vars.putAll(prepared);
    ItemContext ctx =
        new ItemContext(
            run, sessions, none, 1, new RetryBudget(run.options.attempts() - 1), Scope.of(vars));
    ctx.system = system;
    try {
      executor.runAll(run.flow.after(), ctx);
    } catch (StopRequested e) {
      // a stop ends after as it ends an item
    } catch (RpaException e) {
      executor.log(ctx, null, "ERROR", Messages.get("run.afterFailed", e.reason()));
    }
  }

  /** What every step sees: {@code env} and {@code run}. */
  private Map<String, Object> base() {
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("env", run.env());
    vars.put("run", run.variables());
    return vars;
  }

  /** The variables {@code before} defined. */
  private static Map<String, Object> variables(Scope scope) {
    Map<String, Object> vars = new LinkedHashMap<>();
    for (String name : scope.names()) {
      if (!name.equals("env") && !name.equals("run")) {
        vars.put(name, scope.get(name));
      }
    }
    return vars;
  }

  /** The item's fields plus the runtime's {@code index} and {@code last}. */
  private Map<String, Object> itemData(WorkItem item) {
    Map<String, Object> data = new LinkedHashMap<>(item.data());
    data.put("index", item.index());
    data.put("last", run.total != null && item.index() == run.total);
    return data;
  }

  /** Tries again after a system error while the item's budget lasts. */
  private Retry retry(RetryBudget budget) {
    RetryConfig config =
        RetryConfig.custom()
            .maxAttempts(run.options.attempts())
            .intervalFunction(
                IntervalFunction.ofExponentialBackoff(
                    run.options.backoff(), 2.0, run.options.maxBackoff()))
            .retryOnException(e -> e instanceof SystemException && !run.stop.get() && budget.take())
            .failAfterMaxAttempts(false)
            .build();
    return Retry.of("item", config);
  }
}
