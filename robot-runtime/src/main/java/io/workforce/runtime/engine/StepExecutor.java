package io.workforce.runtime.engine;

import io.workforce.flows.expr.ExpressionException;
import io.workforce.flows.step.Step;
import io.workforce.flows.step.WaitFor;
import io.workforce.runtime.BrowserCrashedException;
import io.workforce.runtime.BrowserSession;
import io.workforce.runtime.BusinessException;
import io.workforce.runtime.ErrorContext;
import io.workforce.runtime.Messages;
import io.workforce.runtime.RpaException;
import io.workforce.runtime.Secrets;
import io.workforce.runtime.SystemException;
import io.workforce.runtime.journal.RunEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Runs steps: {@link Dispatch} sends each to the runner of its type; this class is the one reporter
 * around all of them — the stop check between steps, step_start/step_end events with timing, the
 * screenshot and page HTML of a failure, the translation of any failure into a business or system
 * error, and the logged-out rule (log in again, run the step once more).
 */
final class StepExecutor {

  private final RunContext run;

  StepExecutor(RunContext run) {
    this.run = run;
  }

  void runAll(List<Step> steps, ItemContext ctx) {
    for (Step step : steps) {
      run(step, ctx);
    }
  }

  void run(Step step, ItemContext ctx) {
    if (ctx.stopRequested()) {
      throw new StopRequested();
    }
    Instant start = run.now();
    ctx.detail = null;
    String path = ctx.path(step);
    run.emit(
        new RunEvent.StepStarted(
            start, ctx.item.index(), path, step.location().toString(), Describe.step(step)));
    try {
      attempt(step, ctx);
      run.emit(
          new RunEvent.StepFinished(
              run.now(),
              ctx.item.index(),
              path,
              millis(start),
              "ok",
              null,
              ctx.detail,
              null,
              null));
    } catch (ItemDone e) {
      run.emit(
          new RunEvent.StepFinished(
              run.now(),
              ctx.item.index(),
              path,
              millis(start),
              "ok",
              null,
              ctx.detail,
              null,
              null));
      throw e;
    } catch (StopRequested e) {
      throw e;
    } catch (RuntimeException e) {
      RpaException failure = translate(e);
      // a block (if, for_each, try…) whose inner step failed ends failed too, but the failure,
      // its message and its screenshot belong to the inner step's step_end, reported once
      boolean inner = failure.context().stepPath() != null;
      failure.in(
          new ErrorContext(
              run.runId, ctx.item.label(), path, step.location().toString(), null, null));
      if (failure.context().screenshot() == null) {
        capture(failure, path, ctx);
      }
      run.emit(
          new RunEvent.StepFinished(
              run.now(),
              ctx.item.index(),
              path,
              millis(start),
              "failed",
              failure.retryable() ? "system" : "business",
              // with [step … at file:line:col; item; run; screenshot], as docs/robot-runtime.md
              // shows
              inner ? null : failure.getMessage(),
              inner ? null : rel(failure.context().screenshot()),
              inner ? null : rel(failure.context().pageHtml())));
      throw failure;
    }
  }

  private void attempt(Step step, ItemContext ctx) {
    if (Describe.isPageStep(step) && !(step instanceof WaitFor) && sessionLost(ctx)) {
      // the page went to the log-in page (the system logged the robot out between two steps):
      // waiting for this step's element would only wait out its timeout, and logging in again
      // here would not bring back what the earlier steps typed; the item is tried again from its
      // start on a new session (wait_for is left out: a flow that logs out on purpose waits for
      // the log-in page)
      throw new SystemException(Messages.get("run.sessionLost", ctx.system));
    }
    try {
      step.accept(new Dispatch(this, ctx));
    } catch (SystemException e) {
      if (e instanceof BrowserCrashedException || !Describe.isPageStep(step) || !loggedOut(ctx)) {
        throw e;
      }
      log(ctx, step, "WARN", Messages.get("run.loggedOut", ctx.system));
      ctx.sessions.logIn(ctx.system, ctx);
      step.accept(new Dispatch(this, ctx));
    }
  }

  /**
   * Whether the session this step would act on exists already and shows the logged-out page (a step
   * never creates a session to find out).
   */
  private boolean sessionLost(ItemContext ctx) {
    return ctx.system != null
        && ctx.sessions.peek(ctx.system) != null
        && ctx.frames.isEmpty()
        && loggedOut(ctx);
  }

  /** Whether the current system's logged-out rule holds on its page now. */
  boolean loggedOut(ItemContext ctx) {
    if (ctx.system == null || ctx.sessions.loggingIn(ctx.system)) {
      return false;
    }
    WaitFor.Condition rule = run.systems.get(ctx.system).loggedOut();
    if (rule == null) {
      return false;
    }
    try {
      return Conditions.holds(rule, ctx.page(), ctx);
    } catch (RuntimeException e) {
      return false;
    }
  }

  void log(ItemContext ctx, Step step, String level, String message) {
    run.emit(
        new RunEvent.Logged(
            run.now(), ctx.item.index(), step == null ? null : ctx.path(step), level, message));
  }

  /**
   * The kind of a failure: our typed errors keep theirs; an expression, number, date or input that
   * does not parse is the data's (business); everything else is the environment's (system).
   */
  private static RpaException translate(RuntimeException e) {
    if (e instanceof RpaException rpa) {
      return rpa;
    }
    if (e instanceof ExpressionException
        || e instanceof NumberFormatException
        || e instanceof java.time.format.DateTimeParseException
        || e instanceof io.workforce.runtime.input.InputException) {
      return new BusinessException(e.getMessage(), e);
    }
    if (e instanceof io.workforce.ocr.OcrException ocr) {
      return ocr.isBusinessError()
          ? new BusinessException(ocr.getMessage(), ocr)
          : new SystemException(ocr.getMessage(), ocr);
    }
    // anything else, an IllegalArgumentException from a library included, is not the data's fault:
    // only the runtime's own typed errors (and the parse failures above) blame the item's data
    return new SystemException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
  }

  /** Saves the page's screenshot and HTML, if the item has a page, and notes them in the error. */
  private void capture(RpaException failure, String path, ItemContext ctx) {
    BrowserSession page = ctx.sessions.peek(ctx.system);
    if (page == null) {
      return;
    }
    String base =
        "item-"
            + ctx.item.index()
            + "-try-"
            + ctx.attempt
            + "-"
            + path.replaceAll("[^A-Za-z0-9_.-]", "_");
    Path dir = run.runDir.resolve("screenshots");
    Path png = null;
    Path html = null;
    try {
      Files.createDirectories(dir);
      byte[] shot = page.screenshot();
      png = Files.write(dir.resolve(base + ".png"), shot);
    } catch (IOException | RuntimeException e) {
      // a dead browser has no picture to give; the message still says what happened
    }
    try {
      html =
          Files.writeString(
              dir.resolve(base + ".html"), Secrets.mask(page.html()), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      // same
    }
    failure.in(new ErrorContext(run.runId, ctx.item.label(), null, null, png, html));
  }

  private String rel(Path p) {
    return p == null ? null : run.runDir.relativize(p).toString();
  }

  private long millis(Instant start) {
    return Duration.between(start, run.now()).toMillis();
  }
}
