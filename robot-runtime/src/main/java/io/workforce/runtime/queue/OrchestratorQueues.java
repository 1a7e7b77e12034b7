package io.workforce.runtime.queue;

import io.workforce.protocol.NewItem;
import io.workforce.protocol.client.OrchestratorClient;

/**
 * Items added through the orchestrator's robot API, as the robot running a job: the orchestrator
 * decides which queues the job may add to and keeps references unique.
 */
public final class OrchestratorQueues implements WorkQueues {

  private final OrchestratorClient client;

  public OrchestratorQueues(OrchestratorClient client) {
    this.client = client;
  }

  @Override
  public boolean add(String queue, NewItem item) {
    return !client.addItem(queue, item).duplicate();
  }
}
