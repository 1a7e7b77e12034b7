package io.workforce.orchestrator.robot;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for silent robots every {@code workforce.robots.sweep-interval}. The first look comes only
 * {@code offline-after} after this node started: robots that could not reach a stopped orchestrator
 * were not silent by choice, and need one heartbeat interval to come back before their silence
 * counts.
 */
@Component
class RobotSweeper {

  private final RobotService robots;

  RobotSweeper(RobotService robots) {
    this.robots = robots;
  }

  @Scheduled(
      fixedDelayString = "${workforce.robots.sweep-interval:5s}",
      initialDelayString = "${workforce.robots.offline-after:60s}")
  void sweep() {
    robots.sweepOffline();
  }
}
