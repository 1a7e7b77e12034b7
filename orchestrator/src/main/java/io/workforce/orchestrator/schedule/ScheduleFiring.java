package io.workforce.orchestrator.schedule;

import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Quartz job of every cron schedule: hands the firing to {@link ScheduleStarter}. When a node
 * died while firing a slot, another node's Quartz fires it again as a recovery, whose own fire time
 * is the recovery's: the slot is the original trigger's scheduled fire time, which Quartz passes in
 * the job data.
 */
@DisallowConcurrentExecution
public class ScheduleFiring implements Job {

  private ScheduleStarter starter;

  @Autowired
  public void setStarter(ScheduleStarter starter) {
    this.starter = starter;
  }

  @Override
  public void execute(JobExecutionContext context) {
    long id = context.getMergedJobDataMap().getLong("scheduleId");
    starter.fire(id, slot(context));
  }

  static Instant slot(JobExecutionContext context) {
    String original =
        context.isRecovering()
            ? context
                .getMergedJobDataMap()
                .getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS)
            : null;
    return original != null
        ? Instant.ofEpochMilli(Long.parseLong(original))
        : context.getScheduledFireTime().toInstant();
  }
}
