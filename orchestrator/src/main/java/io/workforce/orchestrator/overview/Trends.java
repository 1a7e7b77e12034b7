package io.workforce.orchestrator.overview;

import java.time.Instant;
import java.util.List;

/**
 * The overview's detail for charts and tables: throughput per hour (24 h) and per day (30 days) per
 * flow and per robot, figures per flow and per robot, robot utilisation and this month's time
 * saved.
 *
 * @param at when they were computed
 * @param hours the start of each of the last 24 hours (oldest first)
 * @param days the start of each of the last 30 days, local midnight (oldest first)
 * @param hourlyByFlow items per hour per flow
 * @param dailyByFlow items per day per flow
 * @param hourlyByRobot items per hour per robot
 * @param dailyByRobot items per day per robot
 * @param flows per flow, last 30 days and today
 * @param robots per robot, last 30 days and utilisation in the last 24 hours
 * @param utilisation all robots together, last 24 hours
 * @param month time saved this calendar month
 */
public record Trends(
    Instant at,
    List<Instant> hours,
    List<Instant> days,
    List<Series> hourlyByFlow,
    List<Series> dailyByFlow,
    List<Series> hourlyByRobot,
    List<Series> dailyByRobot,
    List<FlowFigures> flows,
    List<RobotFigures> robots,
    Utilisation utilisation,
    Month month) {

  /**
   * One line of a chart.
   *
   * @param key the flow name or robot id
   * @param label what to show (flow name, robot name)
   * @param items items per bucket
   * @param failed failed items per bucket
   */
  public record Series(String key, String label, List<Long> items, List<Long> failed) {}

  /**
   * @param flow the flow
   * @param itemsToday items today
   * @param items items, last 30 days
   * @param successful of which successful
   * @param businessFailed of which failed for bad data
   * @param systemFailed of which failed for system reasons
   * @param successRate successful / items (0–1; 0 when none)
   * @param minutesSaved staff minutes saved, last 30 days
   * @param minutesSavedThisMonth staff minutes saved this month
   */
  public record FlowFigures(
      String flow,
      long itemsToday,
      long items,
      long successful,
      long businessFailed,
      long systemFailed,
      double successRate,
      double minutesSaved,
      double minutesSavedThisMonth) {}

  /**
   * @param robotId the robot
   * @param name its name
   * @param status ONLINE, OFFLINE or RETIRED
   * @param items items, last 30 days
   * @param successful of which successful
   * @param busySeconds seconds holding a job in the last 24 hours
   * @param availableSeconds seconds enrolled and not retired in the last 24 hours
   * @param utilisation busy / available (0–1)
   */
  public record RobotFigures(
      long robotId,
      String name,
      String status,
      long items,
      long successful,
      long busySeconds,
      long availableSeconds,
      double utilisation) {}

  /**
   * @param windowHours the window (24)
   * @param busySeconds all robots' seconds holding a job
   * @param availableSeconds all robots' seconds enrolled and not retired
   * @param ratio busy / available (0–1)
   */
  public record Utilisation(
      int windowHours, long busySeconds, long availableSeconds, double ratio) {}

  /**
   * @param month the month, e.g. 2026-05
   * @param items items this month
   * @param minutesSaved staff minutes saved this month
   * @param hoursSaved the same in hours
   * @param fullTimeEquivalents minutes / one clerk's working minutes in a month (22 × 8 h)
   */
  public record Month(
      String month,
      long items,
      double minutesSaved,
      double hoursSaved,
      double fullTimeEquivalents) {}
}
