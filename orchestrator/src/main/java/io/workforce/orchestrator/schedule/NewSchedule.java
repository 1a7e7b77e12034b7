package io.workforce.orchestrator.schedule;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;

/**
 * A schedule: start a flow by cron (CRON) or while a queue has items (QUEUE).
 *
 * @param name unique name
 * @param kind CRON or QUEUE
 * @param flow the flow to start (its live version at firing time)
 * @param cron Quartz cron expression (seconds first), e.g. {@code 0 0 9 ? * MON-FRI}; CRON only
 * @param timeZone zone of the cron expression (default workforce.schedules.time-zone,
 *     Asia/Shanghai)
 * @param calendar a working-day calendar: fires only on its working days; CRON only
 * @param misfire FIRE_ONCE (a missed firing runs once when the orchestrator is back) or SKIP
 * @param overlap SKIP (no new job while the previous one is unfinished) or QUEUE (start anyway; it
 *     waits)
 * @param queue the queue to watch; QUEUE only
 * @param maxJobs at most this many unfinished jobs at once; QUEUE only
 * @param priority priority of the jobs (1–10)
 * @param deadlineMinutes each job's deadline, in minutes after it is started (null = none)
 * @param pool robot pool of the jobs
 * @param labels labels the jobs require
 * @param inputs the jobs' inputs
 * @param runAs optional, and only ever the caller's own user name: a schedule's jobs always run for
 *     the person who creates it (their personal credentials are used), never for someone else
 */
public record NewSchedule(
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,99}") String name,
    @Pattern(regexp = "CRON|QUEUE") String kind,
    @NotBlank String flow,
    String cron,
    String timeZone,
    String calendar,
    @Pattern(regexp = "FIRE_ONCE|SKIP") String misfire,
    @Pattern(regexp = "SKIP|QUEUE") String overlap,
    String queue,
    @Min(1) @Max(100) Integer maxJobs,
    @Min(1) @Max(10) Integer priority,
    @Min(1) Integer deadlineMinutes,
    String pool,
    List<String> labels,
    Map<String, Object> inputs,
    String runAs) {

  /** The same schedule with these inputs (a clerk's: with the inputs their share fixes). */
  NewSchedule withInputs(Map<String, Object> fixed) {
    return new NewSchedule(
        name,
        kind,
        flow,
        cron,
        timeZone,
        calendar,
        misfire,
        overlap,
        queue,
        maxJobs,
        priority,
        deadlineMinutes,
        pool,
        labels,
        fixed,
        runAs);
  }
}
