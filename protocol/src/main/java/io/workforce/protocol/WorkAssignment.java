package io.workforce.protocol;

import java.time.Instant;
import java.util.Map;

/**
 * A job handed to a robot by the dispatcher (answer to a work poll).
 *
 * @param jobId the job
 * @param flowName the flow to run
 * @param flowVersion which version (fetch it with {@code fetchFlow} unless cached)
 * @param flowHash SHA-256 of the flow's source, to check a cached copy
 * @param inputs the job's inputs (form fields, file references)
 * @param queueName the work queue to take items from, when the flow reads a queue
 * @param priority the job's priority (1–10)
 * @param deadline when the job should be done, or null
 * @param startedBy the user who started it (personal credentials are theirs), or null for a
 *     schedule
 * @param settings the orchestrator's settings that the flow reads as {@code ${env.NAME}} (system
 *     addresses), resolved for this robot's labels: only the names the flow names, for this job
 *     only; they win over the robot's own environment
 */
public record WorkAssignment(
    long jobId,
    String flowName,
    int flowVersion,
    String flowHash,
    Map<String, Object> inputs,
    String queueName,
    int priority,
    Instant deadline,
    String startedBy,
    Map<String, String> settings) {

  public WorkAssignment {
    settings = settings == null ? Map.of() : Map.copyOf(settings);
  }
}
