package io.workforce.orchestrator.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The time ranges the overview shows, fixed at one instant: days are local dates in the configured
 * zone, hours are whole UTC hours (so that a zone with a half-hour offset still gets exact days).
 *
 * @param now the instant
 * @param zone the zone of days
 * @param today today's epoch day
 * @param firstDay the first of the last 30 days (today − 29)
 * @param monthStart the first day of this month
 * @param firstHour the first of the last 24 hours (this hour − 23), as an epoch hour
 */
record Window(
    Instant now, ZoneId zone, long today, long firstDay, long monthStart, long firstHour) {

  static final int DAYS = 30;
  static final int HOURS = 24;

  static Window at(Instant now, ZoneId zone) {
    LocalDate date = LocalDate.ofInstant(now, zone);
    long today = date.toEpochDay();
    return new Window(
        now,
        zone,
        today,
        today - (DAYS - 1),
        date.withDayOfMonth(1).toEpochDay(),
        Math.floorDiv(now.getEpochSecond(), 3600) - (HOURS - 1));
  }

  /** The earliest day any figure needs (the month may have begun before the 30 days). */
  long earliestDay() {
    return Math.min(firstDay, monthStart);
  }

  /** The instant a local day begins. */
  Instant dayStart(long epochDay) {
    return LocalDate.ofEpochDay(epochDay).atStartOfDay(zone).toInstant();
  }

  /** The instant an epoch hour begins. */
  static Instant hourStart(long epochHour) {
    return Instant.ofEpochSecond(epochHour * 3600);
  }
}
