package io.workforce.protocol;

/**
 * A robot's periodic sign of life.
 *
 * @param activity idle, busy, or leaving (the last one before it shuts down)
 * @param jobId the job it runs, when busy
 * @param capabilities its capabilities when they changed since enrolment, else null
 */
public record Heartbeat(RobotActivity activity, Long jobId, Capabilities capabilities) {

  public static Heartbeat idle() {
    return new Heartbeat(RobotActivity.IDLE, null, null);
  }

  public static Heartbeat busy(long jobId) {
    return new Heartbeat(RobotActivity.BUSY, jobId, null);
  }

  /** The last heartbeat of a robot that shuts down. */
  public static Heartbeat leaving() {
    return new Heartbeat(RobotActivity.LEAVING, null, null);
  }
}
