package io.workforce.flows.step;

/** What happens when a check fails (YAML {@code otherwise}). */
public enum Otherwise {
  /** The item fails as a business error (wrong data; no retry). */
  BUSINESS_ERROR,
  /** The run fails as a system error (retried). */
  SYSTEM_ERROR,
  /** A warning is written to the journal and the flow goes on. */
  WARN
}
