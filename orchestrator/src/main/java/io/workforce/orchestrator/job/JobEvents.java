package io.workforce.orchestrator.job;

/**
 * Events the job feature publishes (after commit) for the dispatcher, the schedules and the
 * metrics.
 */
public final class JobEvents {

  private JobEvents() {}

  /** A job was created and waits for a robot. */
  public record Created(long jobId, String flowName) {}

  /** A job went back to waiting: the robot it was given went offline before starting it. */
  public record Requeued(long jobId, String flowName) {}

  /**
   * A robot gave up its running job without saying so (it restarted in the middle, and asks for
   * work again): the job failed; whatever the robot still held for it goes back at once, as when a
   * robot is lost.
   */
  public record Abandoned(long jobId, long robotId, String reason) {}

  /** A job ended (or was cancelled): its robot, sessions and credentials are free again. */
  public record Finished(long jobId, String flowName, String state) {}
}
