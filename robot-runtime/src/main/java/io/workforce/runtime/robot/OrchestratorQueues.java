package io.workforce.runtime.robot;

import io.workforce.protocol.ItemCreated;
import io.workforce.protocol.NewItem;
import io.workforce.protocol.NewItems;
import io.workforce.protocol.client.OrchestratorClient;
import io.workforce.protocol.client.OrchestratorException;
import io.workforce.runtime.queue.WorkQueues;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Where a robot's {@code enqueue} steps add: the orchestrator, as the robot running this job. The
 * orchestrator accepts only the queues the job's flow version names in its {@code enqueue} steps
 * and keeps references unique. Each item goes with a request id of its own: when the answer is lost
 * (orchestrator restarting, network down) the same request is sent again and answered as the first
 * time, so nothing is added twice and {@code into} still says whether this run added it.
 */
final class OrchestratorQueues implements WorkQueues {

  /** Calls refused because another robot added the same reference at the same moment. */
  private static final int RACES = 3;

  private final OrchestratorClient client;
  private final long jobId;
  private final Duration patience;

  OrchestratorQueues(OrchestratorClient client, long jobId, Duration patience) {
    this.client = client;
    this.jobId = jobId;
    this.patience = patience;
  }

  @Override
  public boolean add(String queue, NewItem item) {
    NewItems call = new NewItems(UUID.randomUUID().toString(), List.of(item));
    for (int n = 1; ; n++) {
      try {
        ItemCreated created =
            Retrying.call(
                    "enqueue " + queue + " " + item.reference(),
                    patience,
                    () -> client.addItems(jobId, queue, call))
                .items()
                .get(0);
        return !created.duplicate();
      } catch (OrchestratorException e) {
        // 409: a rival added the reference while this call ran; asked again, it is "already there"
        if (e.status() != 409 || n >= RACES) {
          throw e;
        }
      }
    }
  }
}
