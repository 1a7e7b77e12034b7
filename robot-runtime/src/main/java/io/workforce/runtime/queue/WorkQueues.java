package io.workforce.runtime.queue;

import io.workforce.protocol.NewItem;

/**
 * Where the {@code enqueue} step adds items: the local store under {@code ./rpa run} ({@link
 * LocalQueues}), the orchestrator when a robot runs a job ({@code
 * runtime.robot.OrchestratorQueues}).
 */
public interface WorkQueues {

  /**
   * Adds the item unless its reference is already in the queue.
   *
   * @return true when added, false when an item with that reference was already there (nothing is
   *     added then)
   */
  boolean add(String queue, NewItem item);
}
