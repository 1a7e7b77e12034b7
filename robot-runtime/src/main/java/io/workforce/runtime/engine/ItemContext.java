package io.workforce.runtime.engine;

import io.workforce.flows.expr.Scope;
import io.workforce.flows.expr.Template;
import io.workforce.runtime.BrowserSession;
import io.workforce.runtime.input.WorkItem;
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

  /** Frames entered by {@code frame} steps, outermost first. */
  final Deque<io.workforce.runtime.Selector> frames = new ArrayDeque<>();

  Scope scope;

  /** The system of the page steps act on (the last one opened). */
  String system;

  /** What the running step did, for its step_end event (typed text is masked on the way out). */
  String detail;

  ItemContext(RunContext run, Sessions sessions, WorkItem item, int attempt, Scope scope) {
    this.run = run;
    this.sessions = sessions;
    this.item = item;
    this.attempt = attempt;
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

  boolean stopRequested() {
    return run.stop.get();
  }
}
