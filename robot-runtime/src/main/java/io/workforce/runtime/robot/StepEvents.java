package io.workforce.runtime.robot;

import io.workforce.protocol.EventKind;
import io.workforce.protocol.StepEvent;
import io.workforce.runtime.Secrets;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.runtime.journal.RunEvent;
import java.util.Locale;
import java.util.Map;

/**
 * A run's events as the robot protocol's {@link StepEvent}s, every text masked. Screenshots are
 * named by the reference they are uploaded under ({@link #screenshotRef}).
 */
final class StepEvents {

  private StepEvents() {}

  /** The protocol event for a run event, numbered {@code seq}. */
  static StepEvent of(long seq, RunEvent event) {
    if (event instanceof RunEvent.RunStarted s) {
      return log(
          seq,
          s,
          "INFO",
          "run "
              + s.runId()
              + ": "
              + s.flow()
              + " v"
              + s.version()
              + ", "
              + s.driver()
              + ", "
              + s.workers()
              + " worker(s), input "
              + s.input());
    }
    if (event instanceof RunEvent.ItemStarted s) {
      return new StepEvent(
          seq,
          s.at(),
          EventKind.ITEM_START,
          null,
          "INFO",
          mask(
              "#"
                  + s.item()
                  + " "
                  + s.label()
                  + (s.attempt() > 1 ? " (attempt " + s.attempt() + ")" : "")),
          null,
          null,
          null);
    }
    if (event instanceof RunEvent.StepStarted s) {
      return new StepEvent(
          seq, s.at(), EventKind.STEP_START, s.step(), "INFO", mask(s.detail()), null, null, null);
    }
    if (event instanceof RunEvent.StepFinished f) {
      boolean ok = "ok".equals(f.outcome());
      return new StepEvent(
          seq,
          f.at(),
          EventKind.STEP_END,
          f.step(),
          ok ? "INFO" : "ERROR",
          mask(f.message()),
          f.millis(),
          ok ? "ok" : f.error() + "_error",
          screenshotRef(f.screenshot()));
    }
    if (event instanceof RunEvent.Logged l) {
      return new StepEvent(
          seq, l.at(), EventKind.LOG, l.step(), l.level(), mask(l.message()), null, null, null);
    }
    if (event instanceof RunEvent.ItemFinished f) {
      return new StepEvent(
          seq,
          f.at(),
          EventKind.ITEM_END,
          f.failedStep(),
          f.status().failed() ? "ERROR" : "INFO",
          mask(itemText(f)),
          f.millis(),
          outcome(f.status()),
          screenshotRef(f.screenshot()));
    }
    RunEvent.RunFinished f = (RunEvent.RunFinished) event;
    return log(
        seq,
        f,
        "INFO",
        "run "
            + f.runId()
            + " ended"
            + (f.stopped() ? " (stopped)" : "")
            + ": "
            + f.counts()
            + ", "
            + f.millis()
            + " ms");
  }

  /**
   * Outputs as they may leave the robot: text values masked (a page may show what a login typed).
   */
  static Map<String, Object> masked(Map<String, Object> outputs) {
    if (outputs == null) {
      return null;
    }
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    outputs.forEach((k, v) -> out.put(k, v instanceof String text ? mask(text) : v));
    return out;
  }

  /** The outcome word of an item status: ok, unchanged, business_error, system_error, stopped. */
  static String outcome(ItemStatus status) {
    return status.word();
  }

  /**
   * The reference a screenshot (a path relative to the run directory) is uploaded under: its file
   * name, in the characters the protocol allows, at most 100 of them; null for none.
   */
  static String screenshotRef(String relativePath) {
    if (relativePath == null || relativePath.isBlank()) {
      return null;
    }
    String name = relativePath.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
    return name.length() <= 100 ? name : name.substring(name.length() - 100);
  }

  private static String itemText(RunEvent.ItemFinished f) {
    StringBuilder s =
        new StringBuilder("#")
            .append(f.item())
            .append(' ')
            .append(f.label())
            .append(": ")
            .append(f.status().name().toLowerCase(Locale.ROOT));
    if (f.reason() != null) {
      s.append(" - ").append(f.reason());
    }
    if (f.outputs() != null && !f.outputs().isEmpty()) {
      s.append(' ').append(outputs(f.outputs()));
    }
    return s.toString();
  }

  private static String outputs(Map<String, Object> outputs) {
    StringBuilder s = new StringBuilder("{");
    outputs.forEach((k, v) -> s.append(s.length() > 1 ? ", " : "").append(k).append('=').append(v));
    return s.append('}').toString();
  }

  private static StepEvent log(long seq, RunEvent e, String level, String text) {
    return new StepEvent(seq, e.at(), EventKind.LOG, null, level, mask(text), null, null, null);
  }

  private static String mask(String text) {
    return Secrets.mask(text);
  }
}
