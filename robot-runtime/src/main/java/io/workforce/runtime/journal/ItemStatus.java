package io.workforce.runtime.journal;

/** How an item ended. */
public enum ItemStatus {
  /** Every step ran. */
  SUCCEEDED,
  /** The data was wrong; not retried. */
  BUSINESS_FAILED,
  /** The environment failed on every attempt. */
  SYSTEM_FAILED,
  /** The run was stopped before the item ended. */
  STOPPED
}
