package io.workforce.bench.orchestrator;

import io.workforce.bench.Benchmark;
import io.workforce.bench.Figure;
import io.workforce.bench.Stats;
import io.workforce.protocol.Heartbeat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@value #ROBOTS} simulated robots, each producing UiPath's published per-minute load ({@link
 * RobotLoad}) for a fixed window over real HTTP with one shared keep-alive client; every robot runs
 * a job of a queue flow that declares the credential it checks out. Reports API latency (p50/p99
 * over all calls), errors, requests per second, and the orchestrator's resident memory (it runs as
 * its own process, so the figure is its alone). The baseline, in the same run, is the same call mix
 * from one robot, one call at a time, with no other load.
 */
public final class RobotLoadBenchmark implements Benchmark {

  static final int ROBOTS = 500;
  private static final int THREADS = 128;
  private static final String FLOW = "bench-load";
  private static final String QUEUE = "bench-load";
  private static final String CREDENTIAL = "bench-load-asset";

  @Override
  public String name() {
    return "orch-load";
  }

  @Override
  public List<Figure> run(boolean quick) throws Exception {
    OrchestratorBed bed = OrchestratorBed.shared();
    try {
      return measure(bed, quick);
    } finally {
      // the last orchestrator benchmark: later benchmarks get the machine without an idle server on
      // it
      OrchestratorBed.stopShared();
    }
  }

  private static List<Figure> measure(OrchestratorBed bed, boolean quick) throws Exception {
    long t0 = System.nanoTime();
    List<SimRobot> robots = setUp(bed);
    System.out.printf(
        "  orch-load: %d robots enrolled, each running a job, in %.1f s%n",
        robots.size(), (System.nanoTime() - t0) / 1e9);
    RobotLoad load = new RobotLoad(QUEUE, CREDENTIAL);
    Duration window = Duration.ofSeconds(quick ? 15 : 60);
    load.run(
        robots,
        Duration.ofSeconds(quick ? 4 : 10),
        THREADS,
        1,
        new Latencies(),
        new Latencies()); // warm-up
    Latencies baseline = new Latencies();
    load.sequential(robots.get(0), quick ? 5 : 10, 2, baseline);

    Latencies calls = new Latencies();
    Latencies lateness = new Latencies();
    MachineLoad before = MachineLoad.now();
    CpuMeter cpu0 = CpuMeter.of(bed);
    ServerTimes times0 = ServerTimes.of(bed.admin());
    long start = System.nanoTime();
    load.run(robots, window, THREADS, 3, calls, lateness);
    double seconds = (System.nanoTime() - start) / 1e9;
    CpuMeter cpu1 = CpuMeter.of(bed);
    Window w =
        new Window(
            calls,
            lateness,
            baseline,
            seconds,
            CpuMeter.ZERO.plus(cpu0, cpu1),
            MachineLoad.now().busyPercentSince(before),
            MachineLoad.loadAverage(),
            bed.server().residentMiB(),
            bed.admin().heapUsedMiB());
    System.out.println(
        "  orch-load: mean time in the server: " + ServerTimes.of(bed.admin()).since(times0));
    SimRobot.inParallel(robots.size(), 16, i -> robots.get(i).finishJob());
    return w.figures();
  }

  /** What one measured window gave. */
  private record Window(
      Latencies calls,
      Latencies lateness,
      Latencies baseline,
      double seconds,
      CpuMeter cpu,
      double machineBusy,
      double loadAverage,
      double[] rss,
      double heapMiB) {

    List<Figure> figures() {
      Stats all = calls.all();
      Stats base = baseline.all();
      Stats late = lateness.all();
      long notSent = calls.counted(RobotLoad.NOT_SENT);
      double perSecond = (calls.count() + calls.errorCount()) / seconds;
      // every queue get that finds an item is followed by its completion: 66 calls per robot-minute
      double planned =
          ROBOTS * (RobotLoad.Kind.perRobotMinute() + RobotLoad.Kind.QUEUE_GET.perMinute) / 60.0;
      double serverCores = cpu.server() / seconds;
      long sent = Math.max(1, calls.count() + calls.errorCount());
      System.out.printf(
          "  orch-load: %s%n  orch-load: errors %s; empty claims %d; not sent in time %d%n"
              + "  orch-load: baseline (1 robot alone): %s%n",
          calls.perKind(),
          calls.errorSummary(),
          calls.counted(RobotLoad.EMPTY_CLAIM),
          notSent,
          baseline.perKind());
      System.out.printf(
          "  orch-load: calls left late p50 %.1f p99 %.1f max %.1f ms; orchestrator CPU %.2f cores; "
              + "machine busy %.0f %%; load average %.1f%n",
          late.median(),
          late.percentile(99),
          late.percentile(100),
          serverCores,
          machineBusy,
          loadAverage);
      // the goal holds only if the load was really applied: calls sent on time, none left unsent
      boolean applied = notSent == 0 && late.percentile(99) < 100;
      String context =
          String.format(
              "p50 %.1f ms, baseline p50 %.1f ms; calls left late p99 %.0f ms, %d not sent; "
                  + "machine busy %.0f %%, load avg %.1f",
              all.median(), base.median(), late.percentile(99), notSent, machineBusy, loadAverage);
      return List.of(
          new Figure(
              ROBOTS
                  + " robots at UiPath's per-minute load: API latency (ms, p99; baseline: 1 robot alone)",
              all.percentile(99),
              base.percentile(99),
              "ms",
              Double.NaN,
              context,
              "< 100 ms, load applied on time",
              all.percentile(99) < 100 && applied),
          Figure.atMost(
              ROBOTS + " robots: failed calls",
              calls.errorCount(),
              "errors",
              calls.errorSummary(),
              0),
          Figure.reported(
              ROBOTS
                  + " robots: calls per second (planned "
                  + Math.round(planned)
                  + ", completions included)",
              perSecond,
              "req/s",
              String.format(
                  "n=%d in %.1f s; empty claims %d; orchestrator CPU %.2f cores",
                  calls.count(), seconds, calls.counted(RobotLoad.EMPTY_CLAIM), serverCores)),
          // CPU per call moves much less with the neighbours' load than latency does: it says what
          // the load needs
          Figure.reported(
              ROBOTS + " robots: orchestrator CPU per API call (ms)",
              1000 * cpu.server() / sent,
              "ms",
              String.format(
                  "PostgreSQL %.2f ms, simulated robots %.2f ms per call; the planned %.0f calls/s need %.1f "
                      + "cores for the orchestrator, %.1f for PostgreSQL",
                  1000 * cpu.postgres() / sent,
                  1000 * cpu.client() / sent,
                  planned,
                  cpu.server() / sent * planned,
                  cpu.postgres() / sent * planned)),
          Figure.reported(
              ROBOTS + " robots: orchestrator resident memory (separate process, MiB)",
              rss[0],
              "MiB",
              String.format(
                  "peak %.0f MiB; heap used %.0f MiB; JVM defaults unless WORKFORCE_JAVA_OPTS",
                  rss[1], heapMiB)));
    }
  }

  /**
   * A queue flow with a credential; the robots, each running one job of it; items ready in the
   * queue.
   */
  private static List<SimRobot> setUp(OrchestratorBed bed) throws Exception {
    AdminApi admin = bed.admin();
    admin.createQueue(QUEUE, 600);
    admin.createCredential(CREDENTIAL, "robot-account", "not-a-real-secret-load");
    admin.publishFlow(BenchFlows.queueFlow(FLOW, QUEUE, CREDENTIAL, 1000), FLOW + ".yaml");
    List<SimRobot> enrolled = SimRobot.enrol(bed, "load-robot", ROBOTS, 16);
    List<SimRobot> robots = new ArrayList<>();
    // a few jobs at a time: each dispatch decision reads every pending and every running job
    for (int from = 0; from < ROBOTS; from += 25) {
      List<SimRobot> lane = enrolled.subList(from, Math.min(ROBOTS, from + 25));
      SimRobot.inParallel(lane.size(), 8, i -> admin.startJob(FLOW));
      robots.addAll(SimRobot.inParallel(lane.size(), 16, i -> lane.get(i).takeJob()));
    }
    QueueFill.fill(bed, QUEUE, "seed-", ROBOTS * 2);
    // every robot has just been heard from: none is taken for lost before its first planned
    // heartbeat
    SimRobot.inParallel(
        ROBOTS, 16, i -> robots.get(i).client().heartbeat(Heartbeat.busy(robots.get(i).jobId())));
    return robots;
  }
}
