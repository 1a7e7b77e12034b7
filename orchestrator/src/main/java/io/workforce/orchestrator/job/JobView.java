package io.workforce.orchestrator.job;

import io.workforce.protocol.JobState;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A job as the API shows it.
 *
 * @param id its id
 * @param flowName the flow
 * @param flowVersion the version it runs
 * @param state its state
 * @param priority 1–10
 * @param deadline when it should be done, or null
 * @param pool the pool it must run in (null = any)
 * @param labels labels a robot must have
 * @param inputs its inputs
 * @param result what the robot reported at the end
 * @param failureKind BUSINESS or SYSTEM for a failed job
 * @param failureMessage why it failed or was cancelled
 * @param startedBy the person it runs for (their personal credentials are used): who started it, or
 *     who created the schedule that started it; null for a schedule of nobody (shared credentials
 *     only)
 * @param startedVia why it runs: {@code manual}, {@code schedule} or {@code queue-trigger}
 * @param scheduleId the schedule that started it, or null
 * @param scheduleName that schedule's name (kept when it is deleted), or null
 * @param queueName the queue it works, or null
 * @param robotId the robot it went to, or null
 * @param createdAt when it was created
 * @param assignedAt when a robot got it
 * @param startedAt when the robot started it
 * @param finishedAt when it ended
 * @param history every state change, oldest first (only in single-job answers)
 * @param attended a clerk's run on their own machine (the desktop assistant), held by no robot
 */
public record JobView(
    long id,
    String flowName,
    int flowVersion,
    JobState state,
    int priority,
    Instant deadline,
    String pool,
    List<String> labels,
    Map<String, Object> inputs,
    Map<String, Object> result,
    String failureKind,
    String failureMessage,
    String startedBy,
    String startedVia,
    Long scheduleId,
    String scheduleName,
    String queueName,
    Long robotId,
    Instant createdAt,
    Instant assignedAt,
    Instant startedAt,
    Instant finishedAt,
    List<HistoryEntry> history,
    boolean attended) {

  /**
   * One state change.
   *
   * @param from the old state (null for creation)
   * @param to the new state
   * @param at when
   * @param actor who or what caused it
   * @param reason why
   */
  public record HistoryEntry(JobState from, JobState to, Instant at, String actor, String reason) {}
}
