package io.workforce.orchestrator.overview;

import java.time.Instant;
import java.util.List;

/**
 * The numbers of the control center's overview, all computed in the database.
 *
 * @param at when they were computed
 * @param robots robots by state
 * @param items items processed today and in total, with success rates
 * @param timeSaved staff time saved (items × each flow's manual minutes per item)
 * @param perHour items per hour, last 24 hours (oldest first)
 * @param perDay items per day, last 30 days (oldest first)
 * @param byFlow last 30 days per flow
 * @param byRobot last 30 days per robot
 * @param backlog ready items per queue
 * @param slaRisk unfinished items and jobs at SLA risk
 * @param topFailureReasons most frequent failure reasons, last 30 days
 */
public record Overview(
    Instant at,
    Robots robots,
    Items items,
    TimeSaved timeSaved,
    List<Bucket> perHour,
    List<Bucket> perDay,
    List<Group> byFlow,
    List<Group> byRobot,
    List<Backlog> backlog,
    SlaRisk slaRisk,
    List<Reason> topFailureReasons) {

  /**
   * @param online sending heartbeats @param busy holding a job @param idle online, no job @param
   *     offline silent
   */
  public record Robots(long online, long busy, long idle, long offline) {}

  /**
   * @param today items finished today (in the configured time zone)
   * @param todaySuccessful of which successful
   * @param total items finished ever
   * @param totalSuccessful of which successful
   * @param successRate total successful / total (0–1; 0 when none)
   */
  public record Items(
      long today, long todaySuccessful, long total, long totalSuccessful, double successRate) {}

  /**
   * @param todayMinutes minutes saved today
   * @param totalMinutes minutes saved ever
   * @param last30DaysMinutes minutes saved in the last 30 days
   * @param totalHours total in hours
   * @param fullTimeEquivalents last 30 days' minutes / one clerk's working minutes in 30 days (22 ×
   *     8 h)
   */
  public record TimeSaved(
      double todayMinutes,
      double totalMinutes,
      double last30DaysMinutes,
      double totalHours,
      double fullTimeEquivalents) {}

  /**
   * @param start the bucket's start @param items items finished @param successful of which
   *     successful
   */
  public record Bucket(Instant start, long items, long successful) {}

  /**
   * @param key flow name or robot id @param items items @param successful successful @param
   *     minutesSaved minutes
   */
  public record Group(String key, long items, long successful, double minutesSaved) {}

  /**
   * @param queue the queue @param ready items waiting @param inProgress items being worked
   */
  public record Backlog(String queue, long ready, long inProgress) {}

  /**
   * @param items unfinished items past or near their deadline or older than their queue's SLA
   * @param jobs pending or running jobs past or near their deadline
   */
  public record SlaRisk(long items, long jobs) {}

  /**
   * @param reason the failure reason @param count how often, last 30 days
   */
  public record Reason(String reason, long count) {}
}
