package io.workforce.orchestrator.overview;

import java.time.Instant;
import java.util.List;

/**
 * What is behind the overview's SLA-risk card.
 *
 * @param itemCount all items at risk (the card's item figure; {@code items} holds at most {@link
 *     SlaRiskService#LIMIT})
 * @param items the items at risk, the earliest due first
 * @param jobs the unfinished runs whose deadline is within the risk window, the earliest first
 */
public record SlaRiskList(long itemCount, List<Item> items, List<Job> jobs) {

  /**
   * An item at risk.
   *
   * @param id the item
   * @param reference its reference
   * @param queue its queue
   * @param status NEW, IN_PROGRESS or SYSTEM_FAILED (to be tried again)
   * @param due the earlier of its deadline and its queue's SLA after it was added
   * @param expectedFinish now plus its place in the queue's line times the queue's pace over the
   *     last hour (or 24 hours); null when the queue ended nothing in 24 hours
   * @param place its place in the queue's line (items in progress first, then in claim order)
   * @param robot the robot working it, or null while it waits
   */
  public record Item(
      long id,
      String reference,
      String queue,
      String status,
      Instant due,
      Instant expectedFinish,
      long place,
      String robot) {}

  /**
   * A run at risk.
   *
   * @param id the run
   * @param flow its flow
   * @param state PENDING, ASSIGNED or RUNNING
   * @param deadline when it must be done
   * @param robot the robot running it, or null while it waits
   */
  public record Job(long id, String flow, String state, Instant deadline, String robot) {}
}
