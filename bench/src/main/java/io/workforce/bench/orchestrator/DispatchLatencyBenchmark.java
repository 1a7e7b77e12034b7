package io.workforce.bench.orchestrator;

import io.workforce.bench.Benchmark;
import io.workforce.bench.Figure;
import io.workforce.bench.Stats;
import io.workforce.protocol.Heartbeat;
import io.workforce.protocol.JobUpdate;
import io.workforce.protocol.WorkAssignment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dispatch latency: {@value #ROBOTS} idle robots long-poll for work; a job is created through the
 * admin API; the figure is the time from sending that request to a robot holding the assignment
 * (measured by the client, so both HTTP legs count). Each job starts only once every robot is
 * waiting again, so every job takes the long-poll wake-up path. The baseline, in the same run, is
 * the round trip of a plain robot request (heartbeat) from the same client.
 */
public final class DispatchLatencyBenchmark implements Benchmark {

  static final int ROBOTS = 5;
  private static final String FLOW = "bench-dispatch";

  private record Received(long jobId, long atNanos) {}

  @Override
  public String name() {
    return "orch-dispatch";
  }

  @Override
  public List<Figure> run(boolean quick) throws Exception {
    OrchestratorBed bed = OrchestratorBed.shared();
    bed.admin().publishFlow(BenchFlows.simpleFlow(FLOW), FLOW + ".yaml");
    List<SimRobot> robots = SimRobot.enrol(bed, "dispatch-robot", ROBOTS, ROBOTS);
    Fleet fleet = new Fleet(robots);
    fleet.start();
    double[] latencies;
    try (KeepAlive beats = KeepAlive.start(robots, Duration.ofSeconds(10))) {
      measure(bed, fleet, 20); // warm-up
      ServerTimes before = ServerTimes.of(bed.admin());
      latencies = measure(bed, fleet, quick ? 200 : 500);
      System.out.println(
          "  orch-dispatch: mean time in the server: " + ServerTimes.of(bed.admin()).since(before));
    } finally {
      fleet.stop(bed);
    }
    Stats dispatch = Stats.of(latencies);
    Stats heartbeat = heartbeats(robots.get(0), quick ? 200 : 500);
    System.out.printf(
        "  orch-dispatch: %s, max %.1f ms; heartbeat %s%n",
        dispatch.spread("ms"), dispatch.percentile(100), heartbeat.spread("ms"));
    String spread =
        "p50 "
            + fmt(dispatch.median())
            + " ms, max "
            + fmt(dispatch.percentile(100))
            + " ms (n="
            + latencies.length
            + ", "
            + ROBOTS
            + " idle robots); heartbeat p50 "
            + fmt(heartbeat.median())
            + " ms";
    return List.of(
        new Figure(
            "dispatch latency, job created → idle long-polling robot has it (ms, p99; baseline: heartbeat p99)",
            dispatch.percentile(99),
            heartbeat.percentile(99),
            "ms",
            Double.NaN,
            spread,
            "< 200 ms",
            dispatch.percentile(99) < 200),
        Figure.reported(
            "dispatch latency (ms, p50)", dispatch.median(), "ms", dispatch.spread("ms")));
  }

  private static double[] measure(OrchestratorBed bed, Fleet fleet, int jobs)
      throws InterruptedException {
    double[] ms = new double[jobs];
    for (int i = 0; i < jobs; i++) {
      fleet.awaitAllPolling();
      // the polls are on their way: let them reach the server and wait there (jitter avoids a fixed
      // phase)
      Thread.sleep(20 + ThreadLocalRandom.current().nextInt(15));
      long t0 = System.nanoTime();
      long jobId = bed.admin().startJob(FLOW);
      Received r = fleet.received.poll(30, TimeUnit.SECONDS);
      if (r == null || r.jobId() != jobId) {
        throw new IllegalStateException(
            "job " + jobId + " did not reach an idle robot within 30 s (got " + r + ")");
      }
      ms[i] = (r.atNanos() - t0) / 1e6;
    }
    return ms;
  }

  private static Stats heartbeats(SimRobot robot, int n) {
    double[] ms = new double[n];
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      robot.client().heartbeat(Heartbeat.idle());
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    return Stats.of(ms);
  }

  /** The robots' threads: poll, hand over what came, run it (RUNNING, SUCCEEDED), poll again. */
  private static final class Fleet {
    private final List<SimRobot> robots;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicInteger polling = new AtomicInteger();
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private volatile boolean stopping;

    Fleet(List<SimRobot> robots) {
      this.robots = robots;
    }

    void start() {
      for (SimRobot robot : robots) {
        Thread t = new Thread(() -> loop(robot), "dispatch-robot-" + robot.id());
        t.setDaemon(true);
        threads.add(t);
        t.start();
      }
    }

    private void loop(SimRobot robot) {
      while (!stopping) {
        polling.incrementAndGet();
        Optional<WorkAssignment> work;
        try {
          work = robot.client().pollWork(Duration.ofSeconds(30));
        } finally {
          polling.decrementAndGet();
        }
        long at = System.nanoTime();
        if (work.isPresent()) {
          received.add(new Received(work.get().jobId(), at));
          robot.client().updateJob(work.get().jobId(), JobUpdate.running());
          robot.client().updateJob(work.get().jobId(), JobUpdate.succeeded(null));
        }
      }
    }

    void awaitAllPolling() throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (polling.get() < robots.size()) {
        if (System.nanoTime() > deadline || threads.stream().noneMatch(Thread::isAlive)) {
          throw new IllegalStateException(
              "the simulated robots stopped polling ("
                  + polling.get()
                  + " of "
                  + robots.size()
                  + " polling)");
        }
        Thread.sleep(1);
      }
    }

    /** Ends the polls: one job per robot, each robot takes one and sees that it must stop. */
    void stop(OrchestratorBed bed) throws InterruptedException {
      stopping = true;
      received.clear();
      List<Long> last = new ArrayList<>();
      for (int i = 0; i < threads.size(); i++) {
        last.add(bed.admin().startJob(FLOW));
      }
      for (Thread t : threads) {
        t.join(TimeUnit.SECONDS.toMillis(40));
      }
      // a job no robot took would be handed to the next benchmark's robots: cancel it
      received.forEach(r -> last.remove(r.jobId()));
      last.forEach(id -> bed.admin().post("/api/v1/jobs/" + id + "/stop", null));
    }
  }

  private static String fmt(double v) {
    return String.format("%.1f", v);
  }
}
