package io.workforce.protocol;

/** What a robot says it is doing in a heartbeat. */
public enum RobotActivity {
  /** Waiting for work. */
  IDLE,
  /** Running a job. */
  BUSY,
  /**
   * Shutting down: its last heartbeat. The orchestrator marks it offline at once and gives its
   * unstarted work to others.
   */
  LEAVING
}
