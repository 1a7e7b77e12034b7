package io.workforce.protocol;

/**
 * The states of a job (one execution of a flow version by a robot). The orchestrator keeps the
 * table of allowed transitions; robots report {@link #RUNNING} and the three final states.
 */
public enum JobState {
  /** Created, waiting for a robot. */
  PENDING,
  /** Handed to a robot that has not yet said it started. */
  ASSIGNED,
  /** The robot is running it. */
  RUNNING,
  /** Someone asked to stop it; the robot has not yet confirmed. */
  STOPPING,
  /** Finished: every step ran (items may still have failed one by one). */
  SUCCEEDED,
  /** Finished with an error, see its failure kind and message. */
  FAILED,
  /** Stopped on request before it finished. */
  CANCELLED;

  /** True for the three states a job never leaves. */
  public boolean isFinal() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }
}
