package io.workforce.orchestrator.robot;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for silent robots every {@code workforce.robots.sweep-interval}. */
@Component
class RobotSweeper {

  private final RobotService robots;

  RobotSweeper(RobotService robots) {
    this.robots = robots;
  }

  @Scheduled(fixedDelayString = "${workforce.robots.sweep-interval:5s}", initialDelayString = "${workforce.robots.sweep-interval:5s}")
  void sweep() {
    robots.sweepOffline();
  }
}
