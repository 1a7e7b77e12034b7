package io.workforce.orchestrator.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;

/**
 * Issue 15: a node killed while firing a cron slot lost that slot. Its recovery, fired by another
 * node, stands for the original slot, not for the moment of the recovery.
 */
class ScheduleFiringTest {

  private static final Instant SLOT = Instant.parse("2026-12-08T04:56:00Z");
  private static final Instant LATER = Instant.parse("2026-12-08T04:56:17.250Z");

  @Test
  void aRecoveredFiringStandsForTheSlotTheDeadNodeWasFiring() {
    JobDataMap data = new JobDataMap();
    data.put(
        Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS,
        Long.toString(SLOT.toEpochMilli()));
    JobExecutionContext context = mock(JobExecutionContext.class);
    when(context.isRecovering()).thenReturn(true);
    when(context.getMergedJobDataMap()).thenReturn(data);
    when(context.getScheduledFireTime()).thenReturn(Date.from(LATER));
    assertThat(ScheduleFiring.slot(context)).isEqualTo(SLOT);
  }

  @Test
  void anOrdinaryFiringStandsForItsOwnScheduledTime() {
    JobExecutionContext context = mock(JobExecutionContext.class);
    when(context.isRecovering()).thenReturn(false);
    when(context.getMergedJobDataMap()).thenReturn(new JobDataMap());
    when(context.getScheduledFireTime()).thenReturn(Date.from(SLOT));
    assertThat(ScheduleFiring.slot(context)).isEqualTo(SLOT);
  }
}
