package io.workforce.orchestrator.job;

/**
 * Why a job runs, next to who it runs for ({@code startedBy}): a person started it, or a schedule
 * or a queue trigger that the person it runs for created.
 *
 * @param kind {@code manual}, {@code schedule} (cron) or {@code queue-trigger}
 * @param scheduleId the schedule, or null
 * @param scheduleName the schedule's name (kept on the job when the schedule is deleted), or null
 */
public record JobOrigin(String kind, Long scheduleId, String scheduleName) {

  /** Started by a person, now. */
  public static final JobOrigin MANUAL = new JobOrigin("manual", null, null);

  /** Started by a schedule: a cron schedule, or a queue trigger. */
  public static JobOrigin schedule(long id, String name, boolean queueTrigger) {
    return new JobOrigin(queueTrigger ? "queue-trigger" : "schedule", id, name);
  }

  /** "started by li", "schedule nightly of li", "queue trigger sync-li of li", "... of nobody". */
  String describe(String runsFor) {
    String who = runsFor == null ? "nobody (shared credentials only)" : runsFor;
    return switch (kind) {
      case "manual" -> "started by " + who;
      case "queue-trigger" -> "queue trigger " + scheduleName + " of " + who;
      default -> "schedule " + scheduleName + " of " + who;
    };
  }
}
