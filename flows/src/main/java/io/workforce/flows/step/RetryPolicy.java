package io.workforce.flows.step;

import java.time.Duration;
import java.util.Set;

/**
 * How a {@code try} block is retried.
 *
 * @param attempts total attempts, at least 1 (1 = no retry)
 * @param backoff wait before the second attempt
 * @param multiplier each further wait is the previous one times this (1 = constant)
 * @param maxBackoff the longest wait
 * @param on which error kinds are retried (by default system errors only)
 */
public record RetryPolicy(
    int attempts, Duration backoff, double multiplier, Duration maxBackoff, Set<ErrorKind> on) {

  /** No retry. */
  public static final RetryPolicy NONE =
      new RetryPolicy(1, Duration.ZERO, 1, Duration.ZERO, Set.of(ErrorKind.SYSTEM));

  /** The wait before attempt {@code n} (2 = the first retry). */
  public Duration backoffBefore(int n) {
    double millis = backoff.toMillis() * Math.pow(multiplier, Math.max(0, n - 2));
    return Duration.ofMillis((long) Math.min(millis, maxBackoff.toMillis()));
  }
}
