package io.workforce.protocol;

import java.util.Map;

/**
 * A robot reports a job's state: {@link JobState#RUNNING} when it starts, then one of the final
 * states.
 *
 * @param state the new state
 * @param failureKind for {@link JobState#FAILED}: business or system
 * @param message for a failure or a cancellation: what happened (never a secret)
 * @param result for a finished job: the flow's declared outputs and counters
 */
public record JobUpdate(
    JobState state, FailureKind failureKind, String message, Map<String, Object> result) {

  public static JobUpdate running() {
    return new JobUpdate(JobState.RUNNING, null, null, null);
  }

  public static JobUpdate succeeded(Map<String, Object> result) {
    return new JobUpdate(JobState.SUCCEEDED, null, null, result);
  }

  public static JobUpdate failed(FailureKind kind, String message) {
    return new JobUpdate(JobState.FAILED, kind, message, null);
  }

  public static JobUpdate cancelled(String message) {
    return new JobUpdate(JobState.CANCELLED, null, message, null);
  }
}
