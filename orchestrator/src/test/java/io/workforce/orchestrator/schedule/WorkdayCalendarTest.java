package io.workforce.orchestrator.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.orchestrator.api.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerUtils;
import org.quartz.spi.OperableTrigger;

/** Fire times computed by Quartz itself with our calendar: clock-free, no scheduler running. */
class WorkdayCalendarTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final String GOLDEN_WEEK =
      """
      # 2026 国庆节
      date,type,note
      2026-10-01,holiday,国庆节
      2026-10-02,holiday
      2026-10-05,holiday
      2026-10-06,holiday
      2026-10-07,holiday
      2026-10-10,workday,调休上班
      """;

  @Test
  void weekdayNineOClockCronSkipsHolidaysAndFiresOnTheAdjustedSaturday() {
    CalendarFile.Days days = CalendarFile.parse("golden-week.csv", GOLDEN_WEEK);
    WorkdayCalendar cal = new WorkdayCalendar(days.holidays(), days.workdays(), SHANGHAI);
    OperableTrigger trigger =
        (OperableTrigger)
            TriggerBuilder.newTrigger()
                .withSchedule(
                    CronScheduleBuilder.cronSchedule("0 0 9 ? * *")
                        .inTimeZone(TimeZone.getTimeZone(SHANGHAI)))
                .startAt(Date.from(Instant.parse("2026-09-29T00:00:00Z")))
                .build();
    List<Date> fires =
        TriggerUtils.computeFireTimesBetween(
            trigger,
            cal,
            Date.from(Instant.parse("2026-09-29T00:00:00Z")),
            Date.from(Instant.parse("2026-10-13T00:00:00Z")));
    assertThat(
            fires.stream()
                .map(
                    d -> ZonedDateTime.ofInstant(d.toInstant(), SHANGHAI).toLocalDate().toString()))
        .containsExactly(
            "2026-09-29", "2026-09-30", "2026-10-08", "2026-10-09", "2026-10-10", "2026-10-12");
    assertThat(ZonedDateTime.ofInstant(fires.get(0).toInstant(), SHANGHAI).getHour()).isEqualTo(9);
  }

  @Test
  void weekendsAreOffUnlessListedAsWorkdays() {
    WorkdayCalendar cal =
        new WorkdayCalendar(
            java.util.Set.of(), java.util.Set.of(LocalDate.of(2026, 10, 10)), SHANGHAI);
    assertThat(cal.isWorkday(LocalDate.of(2026, 10, 10))).isTrue();
    assertThat(cal.isWorkday(LocalDate.of(2026, 10, 11))).isFalse();
    assertThat(cal.isWorkday(LocalDate.of(2026, 10, 12))).isTrue();
  }

  @Test
  void badLinesAreReportedWithTheirLineNumbers() {
    assertThatThrownBy(
            () -> CalendarFile.parse("cal.txt", "2026-10-01\n2026-13-01\n2026-10-03,vacation\n"))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(
            e ->
                assertThat(((InvalidRequestException) e).errors())
                    .extracting(p -> p.field())
                    .containsExactly("cal.txt:2", "cal.txt:3"));
  }

  @Test
  void badCronIsRefusedWithAnExample() {
    assertThatThrownBy(() -> ScheduleService.checkCron("0 0 25 * * ?"))
        .hasMessageContaining("0 0 9 ? * MON-FRI");
  }
}
