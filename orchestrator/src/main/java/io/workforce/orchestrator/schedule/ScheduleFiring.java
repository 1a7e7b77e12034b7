package io.workforce.orchestrator.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

/** The Quartz job of every cron schedule: hands the firing to {@link ScheduleStarter}. */
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
    starter.fire(id, context.getScheduledFireTime().toInstant());
  }
}
