package io.workforce.protocol;

import java.time.Instant;

/**
 * One event of a running job. Events are sent in batches; {@code seq} numbers them per job so that
 * a batch sent twice (after a lost answer, or from a robot's disk buffer) is stored once.
 *
 * @param seq 1, 2, 3… per job
 * @param at when it happened on the robot
 * @param kind what happened
 * @param step the step path, e.g. {@code steps[3].fill}, or null
 * @param level for logs: INFO, WARN, ERROR
 * @param message text (secrets masked by the robot)
 * @param durationMs for *_END events: how long it took
 * @param outcome for *_END events: ok, business_error, system_error
 * @param screenshot the robot's reference of a screenshot uploaded for this job, or null
 */
public record StepEvent(
    long seq,
    Instant at,
    EventKind kind,
    String step,
    String level,
    String message,
    Long durationMs,
    String outcome,
    String screenshot) {

  /** A log line. */
  public static StepEvent log(long seq, Instant at, String level, String message) {
    return new StepEvent(seq, at, EventKind.LOG, null, level, message, null, null, null);
  }
}
