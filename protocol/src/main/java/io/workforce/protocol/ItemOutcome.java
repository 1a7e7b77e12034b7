package io.workforce.protocol;

/**
 * How one item of work ended: the robot runtime's outcome model (see the runtime's {@code
 * ItemStatus}) as the orchestrator stores and shows it. An item stopped before it ended is not
 * reported: it neither ended well nor failed.
 */
public enum ItemOutcome {
  /** Every step ran: the item did its work (counted in time saved). */
  SUCCESSFUL,
  /**
   * Done, nothing changed: the flow found nothing to do (a {@code done: unchanged} step, e.g. a
   * duplicate deliberately not entered). Ended well, but saved nobody any time.
   */
  UNCHANGED,
  /** The data was wrong; not retried. */
  BUSINESS_FAILED,
  /** The environment failed on every attempt. */
  SYSTEM_FAILED;

  /** Whether the item ended well (it did its work, or there was nothing to do). */
  public boolean ok() {
    return this == SUCCESSFUL || this == UNCHANGED;
  }
}
