package io.workforce.orchestrator.schedule;

import java.time.Instant;

/**
 * A schedule as the API shows it.
 *
 * @param id its id
 * @param name its name
 * @param kind CRON or QUEUE
 * @param flow the flow it starts
 * @param cron its cron expression
 * @param timeZone the cron's zone
 * @param calendar its working-day calendar
 * @param misfire FIRE_ONCE or SKIP
 * @param overlap SKIP or QUEUE
 * @param queue the queue it watches
 * @param maxJobs most unfinished jobs at once (QUEUE)
 * @param priority jobs' priority
 * @param paused whether it is paused
 * @param createdBy who created it: its jobs run for this person (null: for nobody, shared
 *     credentials only)
 * @param nextFireTime next firing (CRON, not paused)
 */
public record ScheduleView(
    long id,
    String name,
    String kind,
    String flow,
    String cron,
    String timeZone,
    String calendar,
    String misfire,
    String overlap,
    String queue,
    int maxJobs,
    int priority,
    boolean paused,
    String createdBy,
    Instant nextFireTime) {}
