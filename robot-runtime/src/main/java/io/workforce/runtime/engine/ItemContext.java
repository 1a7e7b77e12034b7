package io.workforce.runtime.engine;

import io.workforce.flows.expr.Scope;
import io.workforce.flows.expr.Template;
import io.workforce.runtime.BrowserSession;
import io.workforce.runtime.input.WorkItem;
import io.workforce.runtime.journal.ItemStatus;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One attempt at one item: its variables, outputs, and where the browser is. Used by one thread.
 */
final class ItemContext {

  final RunContext run;
  final Sessions sessions;
  final WorkItem item;
  final int attempt;
  final Map<String, Object> outputs;

  /** The item's retries, shared by its attempts and the flows it calls. */
  final RetryBudget budget;

  /** Frames entered by {@code frame} steps, outermost first. */
  final Deque<io.workforce.runtime.Selector> frames = new ArrayDeque<>();

  Scope scope;

  /** The system of the page steps act on (the last one opened). */
  String system;

  /** How the item ends when its steps run to the end, or as a {@code done} step said. */
  ItemStatus ending = ItemStatus.SUCCEEDED;

  /** What a {@code done} step said, or null. */
  String endReason;

  /** Whether this attempt entered the {@code once} block (the system may hold the record now). */
  boolean reachedOnce;

  /** What the running step did, for its step_end event (typed text is masked on the way out). */
  String detail;

  /**
   * The loops running now, innermost first: each maps the static path prefix of its body to the
   * prefix with this round's index ({@code steps[2].for_each.} → {@code steps[2].for_each[3].}).
   */
  private final Deque<String[]> loops = new ArrayDeque<>();

  ItemContext(
      RunContext run,
      Sessions sessions,
      WorkItem item,
      int attempt,
      RetryBudget budget,
      Scope scope) {
    this.run = run;
    this.sessions = sessions;
    this.item = item;
    this.attempt = attempt;
    this.budget = budget;
    this.scope = scope;
    this.outputs = new LinkedHashMap<>();
  }

  /** The session the page steps act on. */
  BrowserSession page() {
    return sessions.current(this);
  }

  /** A template's value in the current scope. */
  Object value(Template template) {
    return template == null ? null : run.expressions.evaluate(template, scope);
  }

  /** A template's text in the current scope. */
  String text(Template template) {
    return template == null ? null : run.expressions.render(template, scope);
  }

  /** A flow selector rendered in the current scope and parsed. */
  io.workforce.runtime.Selector selector(io.workforce.flows.step.Selector selector) {
    return selector == null ? null : io.workforce.runtime.Selector.parse(text(selector.template()));
  }

  /**
   * The step's path as the journal shows it: inside loops, each {@code for_each} carries the index
   * of the element being worked on, e.g. {@code steps[2].for_each[3].steps[0].fill}.
   */
  String path(io.workforce.flows.step.Step step) {
    String path = step.path();
    for (String[] loop : loops) {
      if (path.startsWith(loop[0])) {
        return loop[1] + path.substring(loop[0].length());
      }
    }
    return path;
  }

  /** Enters round {@code index} of {@code loop}'s body (left with {@link #leaveLoop()}). */
  void enterLoop(io.workforce.flows.step.Step loop, int index) {
    String at = path(loop);
    loops.push(new String[] {loop.path() + ".", at + "[" + index + "]."});
  }

  void leaveLoop() {
    loops.pop();
  }

  boolean stopRequested() {
    return run.stop.get();
  }
}
