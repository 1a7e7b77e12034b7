package io.workforce.runtime.journal;

import java.time.Instant;
import java.util.Map;

/**
 * What happens during a run, in order: one run, its items, their steps. Sinks write them to the
 * journal, the report, the console, and (in robot mode) the orchestrator. Texts in events are
 * masked by the sinks.
 */
public sealed interface RunEvent {

  /** The event's name in the journal ({@code run_start}, {@code step_end}…). */
  String type();

  /** When it happened. */
  Instant at();

  /**
   * The run began. {@code total} is null when the source does not know how many items will come.
   */
  record RunStarted(
      Instant at,
      String runId,
      String flow,
      int version,
      String driver,
      int workers,
      Integer total,
      String input)
      implements RunEvent {
    @Override
    public String type() {
      return "run_start";
    }
  }

  /** An attempt at an item began. */
  record ItemStarted(Instant at, int item, String label, int attempt) implements RunEvent {
    @Override
    public String type() {
      return "item_start";
    }
  }

  /** A step began; {@code detail} says what it does (typed secrets shown as ******). */
  record StepStarted(Instant at, int item, String step, String location, String detail)
      implements RunEvent {
    @Override
    public String type() {
      return "step_start";
    }
  }

  /**
   * A step ended.
   *
   * @param outcome {@code ok} or {@code failed}
   * @param error {@code business} or {@code system} when it failed
   * @param screenshot path of the screenshot taken on failure, relative to the run directory
   * @param html path of the page HTML saved on failure, relative to the run directory
   */
  record StepFinished(
      Instant at,
      int item,
      String step,
      long millis,
      String outcome,
      String error,
      String message,
      String screenshot,
      String html)
      implements RunEvent {
    @Override
    public String type() {
      return "step_end";
    }
  }

  /**
   * A log line written by a {@code log} step, a warning of {@code otherwise: warn}, or the runtime.
   */
  record Logged(Instant at, int item, String step, String level, String message)
      implements RunEvent {
    @Override
    public String type() {
      return "log";
    }
  }

  /**
   * A step wrote a file ({@code write_csv}, {@code write_sheet}, {@code download}).
   *
   * @param path relative to the run directory when it is inside it, else absolute
   */
  record FileWritten(Instant at, int item, String step, String path) implements RunEvent {
    @Override
    public String type() {
      return "file";
    }
  }

  /**
   * An item ended (after all its attempts).
   *
   * @param key the values that tell the item apart (its key columns or fields, or a queue
   *     reference)
   * @param outputs what the flow reported for it
   * @param reason why it failed, or what a {@code done} step said; null when it succeeded plainly
   *     or was stopped
   * @param failedStep the path of the step that failed, or null
   */
  record ItemFinished(
      Instant at,
      int item,
      String label,
      Map<String, Object> key,
      ItemStatus status,
      Map<String, Object> outputs,
      String reason,
      String failedStep,
      String screenshot,
      int attempts,
      long millis)
      implements RunEvent {
    @Override
    public String type() {
      return "item_end";
    }
  }

  /** The run ended; {@code stopped} when Ctrl-C (or a cancel) ended it early. */
  record RunFinished(
      Instant at, String runId, Map<ItemStatus, Integer> counts, long millis, boolean stopped)
      implements RunEvent {
    @Override
    public String type() {
      return "run_end";
    }
  }
}
