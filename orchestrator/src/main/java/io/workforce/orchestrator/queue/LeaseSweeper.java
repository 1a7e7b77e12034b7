package io.workforce.orchestrator.queue;

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

  LeaseSweeper(ItemWork work) {
    this.work = work;
  }

  @Scheduled(
      fixedDelayString = "${workforce.robots.sweep-interval:5s}",
      initialDelayString = "${workforce.robots.offline-after:60s}")
  void sweep() {
    work.sweepExpiredLeases();
  }
}
