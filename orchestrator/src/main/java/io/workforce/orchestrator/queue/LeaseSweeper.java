package io.workforce.orchestrator.queue;

import io.workforce.orchestrator.cluster.ClusterOnce;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Returns items with expired leases every {@code workforce.robots.sweep-interval}. The first sweep
 * comes only {@code workforce.robots.offline-after} after this node started, so that robots that
 * kept working while the orchestrator was down (their renewals could not arrive) renew their leases
 * before those count as lost.
 */
@Component
class LeaseSweeper {

  private final ItemWork work;
  private final ClusterOnce once;

  LeaseSweeper(ItemWork work, ClusterOnce once) {
    this.work = work;
    this.once = once;
  }

  @Scheduled(
      fixedDelayString = "${workforce.robots.sweep-interval:5s}",
      initialDelayString = "${workforce.robots.offline-after:60s}")
  void sweep() {
    once.run("lease-sweep", work::sweepExpiredLeases); // one node at a time across a cluster
  }
}
