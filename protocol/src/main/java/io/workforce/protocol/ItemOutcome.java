package io.workforce.protocol;

/** How one item of work ended. */
public enum ItemOutcome {
  SUCCESSFUL,
  BUSINESS_FAILED,
  SYSTEM_FAILED
}
