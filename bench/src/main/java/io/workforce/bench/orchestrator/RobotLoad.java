package io.workforce.bench.orchestrator;

import io.workforce.protocol.Heartbeat;
import io.workforce.protocol.NewItem;
import io.workforce.protocol.QueueItem;
import io.workforce.protocol.StepEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load of simulated robots: every robot makes UiPath's published per-minute calls (40
 * log lines, 2 heartbeats, 6 asset gets, 6 queue adds, 6 queue gets), each kind evenly spaced with
 * a random phase, sent at their planned times by a pacer thread onto a bounded pool, whatever the
 * answers' speed. A queue get is a claim and, when an item came, its completion (UiPath's "set
 * transaction status"), timed separately. Latency is timed from sending; how late calls left
 * against their plan is recorded too, so that a generator that fell behind is seen rather than
 * hidden.
 */
final class RobotLoad {

  /** The calls of one robot-minute. */
  enum Kind {
    LOG(40),
    HEARTBEAT(2),
    ASSET(6),
    QUEUE_ADD(6),
    QUEUE_GET(6);

    final int perMinute;

    Kind(int perMinute) {
      this.perMinute = perMinute;
    }

    static int perRobotMinute() {
      int n = 0;
      for (Kind k : values()) {
        n += k.perMinute;
      }
      return n;
    }
  }

  /** One planned call: when (from the window's start), by whom, what. */
  record Call(long atNanos, SimRobot robot, Kind kind) {}

  private final String queue;
  private final String credential;

  /**
   * Calls planned for the window that could not even be sent by its end (plus a grace): the
   * generator fell behind.
   */
  static final String NOT_SENT = "not sent in time";

  /** Queue gets that found no ready item. */
  static final String EMPTY_CLAIM = "empty claim";

  private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);

  private final AtomicLong references = new AtomicLong();

  RobotLoad(String queue, String credential) {
    this.queue = queue;
    this.credential = credential;
  }

  /**
   * Runs the load for {@code window}: latencies go to {@code out}, how late each call left against
   * its plan to {@code lateness} (kind "lateness").
   */
  void run(
      List<SimRobot> robots,
      Duration window,
      int threads,
      long seed,
      Latencies out,
      Latencies lateness)
      throws InterruptedException {
    List<Call> plan = plan(robots, window, seed);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
    long giveUp = start + window.toNanos() + GRACE_NANOS;
    try {
      for (Call c : plan) {
        long due = start + c.atNanos();
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
          LockSupport.parkNanos(wait);
        }
        pool.execute(
            () -> {
              long now = System.nanoTime();
              if (now > giveUp) {
                out.count(NOT_SENT);
                return;
              }
              lateness.record("lateness", (now - due) / 1e6);
              call(c.robot(), c.kind(), out);
            });
      }
    } finally {
      pool.shutdown();
      if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
        pool.shutdownNow();
      }
    }
  }

  /** One robot making the same mix one call after another, unloaded: the baseline. */
  void sequential(SimRobot robot, int minutes, long seed, Latencies out) {
    List<Kind> calls = new ArrayList<>();
    for (int m = 0; m < minutes; m++) {
      for (Kind k : Kind.values()) {
        for (int i = 0; i < k.perMinute; i++) {
          calls.add(k);
        }
      }
    }
    Collections.shuffle(calls, new Random(seed));
    calls.forEach(k -> call(robot, k, out));
  }

  /**
   * Every robot's calls over the window, each kind evenly spaced with a random phase, in time
   * order.
   */
  static List<Call> plan(List<SimRobot> robots, Duration window, long seed) {
    Random random = new Random(seed);
    List<Call> plan = new ArrayList<>();
    long windowNanos = window.toNanos();
    for (SimRobot robot : robots) {
      for (Kind kind : Kind.values()) {
        long interval = TimeUnit.SECONDS.toNanos(60) / kind.perMinute;
        for (long t = (long) (random.nextDouble() * interval); t < windowNanos; t += interval) {
          plan.add(new Call(t, robot, kind));
        }
      }
    }
    plan.sort(Comparator.comparingLong(Call::atNanos));
    return plan;
  }

  private void call(SimRobot r, Kind kind, Latencies out) {
    switch (kind) {
      case LOG ->
          out.time(
              "log",
              () ->
                  r.client()
                      .sendEvents(
                          r.jobId(),
                          List.of(
                              StepEvent.log(
                                  r.seq().getAndIncrement(),
                                  Instant.now(),
                                  "INFO",
                                  "已录入 91330106MA"
                                      + r.seq().get()
                                      + " 杭州测试科技有限公司, 受理编号 SL2026"
                                      + r.id()))));
      case HEARTBEAT ->
          out.time("heartbeat", () -> r.client().heartbeat(Heartbeat.busy(r.jobId())));
      case ASSET ->
          out.time("asset get", () -> r.client().checkoutCredential(r.jobId(), credential));
      case QUEUE_ADD ->
          out.time(
              "queue add",
              () ->
                  r.client()
                      .addItem(
                          queue,
                          new NewItem(
                              "load-" + r.id() + "-" + references.incrementAndGet(),
                              null,
                              null,
                              Map.of(
                                  "code",
                                  "91330106MA" + r.id(),
                                  "name",
                                  "杭州测试科技有限公司",
                                  "district",
                                  "西湖区"))));
      case QUEUE_GET -> {
        Optional<QueueItem> item =
            out.time(
                "queue get", () -> r.client().claimItem(queue, r.jobId(), Duration.ofMinutes(10)));
        if (item != null && item.isPresent()) {
          out.run(
              "queue complete",
              () ->
                  r.client()
                      .completeItem(item.get().id(), Map.of("receipt", "SL" + item.get().id())));
        } else if (item != null) {
          out.count(EMPTY_CLAIM);
        }
      }
      default -> throw new IllegalStateException("unknown call " + kind);
    }
  }
}
