package io.workforce.protocol;

/** Why something failed; the kind decides whether it is retried. */
public enum FailureKind {
  /** The data is wrong (a business rule failed): no retry. */
  BUSINESS,
  /** The environment failed (system down, timeout, robot lost): retried up to a limit. */
  SYSTEM
}
