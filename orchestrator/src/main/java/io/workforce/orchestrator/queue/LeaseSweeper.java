package io.workforce.orchestrator.queue;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Returns items with expired leases every {@code workforce.robots.sweep-interval}. */
@Component
class LeaseSweeper {

  private final ItemWork work;

  LeaseSweeper(ItemWork work) {
    this.work = work;
  }

  @Scheduled(fixedDelayString = "${workforce.robots.sweep-interval:5s}", initialDelayString = "${workforce.robots.sweep-interval:5s}")
  void sweep() {
    work.sweepExpiredLeases();
  }
}
