package io.workforce.orchestrator.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.impl.calendar.BaseCalendar;

/**
 * A Quartz calendar of working days as Chinese offices keep them: Monday to Friday, minus public
 * holidays, plus the adjusted weekend days that are working days (调休). Days are judged in the
 * calendar's time zone. Stored by Quartz (serialised) in its JDBC store.
 */
public class WorkdayCalendar extends BaseCalendar {

  private static final long serialVersionUID = 1L;

  private final HashSet<Long> holidays;
  private final HashSet<Long> workdays;

  public WorkdayCalendar(Set<LocalDate> holidays, Set<LocalDate> workdays, ZoneId zone) {
    this.holidays = new HashSet<>();
    this.workdays = new HashSet<>();
    holidays.forEach(d -> this.holidays.add(d.toEpochDay()));
    workdays.forEach(d -> this.workdays.add(d.toEpochDay()));
    setTimeZone(TimeZone.getTimeZone(zone));
  }

  /** Whether a date is a working day. */
  public boolean isWorkday(LocalDate date) {
    long day = date.toEpochDay();
    if (holidays.contains(day)) {
      return false;
    }
    if (workdays.contains(day)) {
      return true;
    }
    return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  @Override
  public boolean isTimeIncluded(long timeStamp) {
    return super.isTimeIncluded(timeStamp) && isWorkday(date(timeStamp));
  }

  @Override
  public long getNextIncludedTime(long timeStamp) {
    long next = super.getNextIncludedTime(timeStamp);
    LocalDate day = date(next);
    if (isWorkday(day)) {
      return next;
    }
    while (!isWorkday(day)) {
      day = day.plusDays(1);
    }
    return day.atStartOfDay(zone()).toInstant().toEpochMilli();
  }

  @Override
  public Object clone() {
    return super.clone();
  }

  private LocalDate date(long timeStamp) {
    return Instant.ofEpochMilli(timeStamp).atZone(zone()).toLocalDate();
  }

  private ZoneId zone() {
    return getTimeZone() == null ? ZoneId.systemDefault() : getTimeZone().toZoneId();
  }
}
