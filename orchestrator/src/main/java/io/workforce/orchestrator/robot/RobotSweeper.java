package io.workforce.orchestrator.robot;

import io.workforce.orchestrator.cluster.ClusterOnce;
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
  private final ClusterOnce once;

  RobotSweeper(RobotService robots, ClusterOnce once) {
    this.robots = robots;
    this.once = once;
  }

  @Scheduled(
      fixedDelayString = "${workforce.robots.sweep-interval:5s}",
      initialDelayString = "${workforce.robots.offline-after:60s}")
  void sweep() {
    once.run("robot-sweep", robots::sweepOffline); // one node at a time across a cluster
  }
}
