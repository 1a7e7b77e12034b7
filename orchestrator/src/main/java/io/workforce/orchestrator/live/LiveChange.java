package io.workforce.orchestrator.live;

import java.time.Instant;
import java.util.List;

/**
 * What changed since the previous server-sent event, so that the control center re-reads only that.
 * Sent as the {@code change} event of {@code GET /api/v1/live}.
 *
 * @param at when the change was seen
 * @param jobs jobs whose state changed
 * @param progress jobs with new step events
 * @param items items that ended since the previous event (the overview's numbers changed)
 * @param robots whether a robot came, went, or became busy or idle
 * @param queues whether a queue item changed
 */
public record LiveChange(
    Instant at,
    List<JobChange> jobs,
    List<Progress> progress,
    long items,
    boolean robots,
    boolean queues) {

  /**
   * @param id the job
   * @param flow its flow
   * @param state its state now
   * @param startedBy who started it
   */
  public record JobChange(long id, String flow, String state, String startedBy) {}

  /**
   * @param jobId the job
   * @param lastSeq its newest event's sequence number
   * @param startedBy who started it
   */
  public record Progress(long jobId, long lastSeq, String startedBy) {}

  boolean isEmpty() {
    return jobs.isEmpty() && progress.isEmpty() && items == 0 && !robots && !queues;
  }
}
