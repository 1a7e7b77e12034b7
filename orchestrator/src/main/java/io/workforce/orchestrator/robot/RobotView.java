package io.workforce.orchestrator.robot;

import io.workforce.protocol.Capabilities;
import java.time.Instant;
import java.util.List;

/**
 * A robot as the admin API shows it.
 *
 * @param id its id
 * @param name its name
 * @param hostname where it runs
 * @param pool its pool (null = default)
 * @param labels its labels
 * @param capabilities what it said it can do
 * @param status ONLINE, OFFLINE or RETIRED
 * @param activity IDLE or BUSY as last reported
 * @param currentJobId the job it holds (assigned, running or stopping), or null
 * @param enrolledAt when it enrolled
 * @param lastHeartbeatAt its last sign of life
 */
public record RobotView(
    long id,
    String name,
    String hostname,
    String pool,
    List<String> labels,
    Capabilities capabilities,
    String status,
    String activity,
    Long currentJobId,
    Instant enrolledAt,
    Instant lastHeartbeatAt) {}
