package io.workforce.protocol;

import java.util.List;

/**
 * Items a robot adds to a work queue in one call, for the job it runs: all of them or none.
 *
 * @param requestId chosen by the robot, unique per call (e.g. a UUID, at most 64 characters): the
 *     same call sent again, because its answer was lost, gets the same answer and adds nothing
 *     twice; null = a reference already there is simply reported as already there
 * @param items the items, at most {@value #MAX} (a reference already in the queue, or twice in the
 *     call, adds nothing)
 */
public record NewItems(String requestId, List<NewItem> items) {

  /** The most items one call may carry. */
  public static final int MAX = 1000;
}
