package io.workforce.orchestrator.robot;

/**
 * Published when a robot stopped sending heartbeats for longer than {@code
 * workforce.robots.offline-after} (or was retired): its jobs fail (system) and its queue items go
 * back to their queues.
 *
 * @param robotId the robot
 * @param name its name
 * @param reason why, for histories
 */
public record RobotWentOffline(long robotId, String name, String reason) {}
