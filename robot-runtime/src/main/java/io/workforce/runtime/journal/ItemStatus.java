package io.workforce.runtime.journal;

import java.util.Locale;

/**
 * How an item ended: the one outcome model of journals, reports, result files, the console, the
 * assistant and (through the robot protocol) the orchestrator.
 */
public enum ItemStatus {
  /** Every step ran: the item did its work. */
  SUCCEEDED,
  /**
   * Done, nothing changed: the flow found there was nothing to do (a {@code done: unchanged} step,
   * e.g. a duplicate deliberately not entered). Not a failure, but no work was done either.
   */
  UNCHANGED,
  /** The data was wrong; not retried. */
  BUSINESS_FAILED,
  /** The environment failed on every attempt. */
  SYSTEM_FAILED,
  /** The run was stopped (Ctrl-C, cancel) before the item ended; neither done nor failed. */
  STOPPED;

  /** Whether the item ended well (it succeeded, or there was nothing to do). */
  public boolean ok() {
    return this == SUCCEEDED || this == UNCHANGED;
  }

  /** Whether the item failed (for the data or for the environment). */
  public boolean failed() {
    return this == BUSINESS_FAILED || this == SYSTEM_FAILED;
  }

  /**
   * The status's word in journals and robot events: {@code ok}, {@code unchanged}, {@code
   * business_error}, {@code system_error}, {@code stopped}.
   */
  public String word() {
    return switch (this) {
      case SUCCEEDED -> "ok";
      case UNCHANGED -> "unchanged";
      case BUSINESS_FAILED -> "business_error";
      case SYSTEM_FAILED -> "system_error";
      case STOPPED -> "stopped";
    };
  }

  /** The key of its localized name in the runtime's messages ({@code status.succeeded}…). */
  public String messageKey() {
    return "status." + name().toLowerCase(Locale.ROOT);
  }
}
