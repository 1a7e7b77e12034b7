package io.workforce.flows.step;

/**
 * The two kinds of failure. A business error means the data is wrong: the item fails and is not
 * retried. A system error means the environment failed: retry with backoff, with a new session.
 */
public enum ErrorKind {
  /** YAML {@code business_error}. */
  BUSINESS,
  /** YAML {@code system_error}. */
  SYSTEM
}
