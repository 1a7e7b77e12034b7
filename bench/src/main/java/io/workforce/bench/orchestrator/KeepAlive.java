package io.workforce.bench.orchestrator;

import io.workforce.protocol.Heartbeat;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Heartbeats in the background, as real robots send them, so that simulated robots are not taken
 * for lost (and their jobs failed) while a slow set-up or a long run keeps them from calling.
 * Failures are ignored: the next beat tries again, and the benchmark notices a lost robot by
 * itself.
 */
final class KeepAlive implements AutoCloseable {

  private final ScheduledExecutorService timer =
      Executors.newScheduledThreadPool(
          4,
          r -> {
            Thread t = new Thread(r, "bench-heartbeats");
            t.setDaemon(true);
            return t;
          });

  /**
   * Beats for every robot (busy with its job when it has one) every {@code interval}, spread over
   * it.
   */
  static KeepAlive start(List<SimRobot> robots, Duration interval) {
    KeepAlive k = new KeepAlive();
    long step = Math.max(1, interval.toMillis() / Math.max(1, robots.size()));
    for (int i = 0; i < robots.size(); i++) {
      SimRobot r = robots.get(i);
      k.timer.scheduleAtFixedRate(
          () -> beat(r), i * step, interval.toMillis(), TimeUnit.MILLISECONDS);
    }
    return k;
  }

  private static void beat(SimRobot r) {
    try {
      r.client().heartbeat(r.jobId() == 0 ? Heartbeat.idle() : Heartbeat.busy(r.jobId()));
    } catch (RuntimeException e) {
      // the next beat tries again
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
