package io.workforce.bench.orchestrator;

import io.workforce.bench.Benchmark;
import io.workforce.bench.Figure;
import io.workforce.bench.Stats;
import io.workforce.protocol.QueueItem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work-queue throughput: {@value #CLAIMERS} simulated robots, each running a job of a queue flow,
 * claim and complete items through the robot API (real HTTP, {@code OrchestratorClient}) until the
 * queue is empty; the baseline runs the same claims and completes as raw SQL ({@link RawSqlClaims})
 * on the same database with the same number of connections. Rounds alternate which side goes first;
 * every item must end SUCCESSFUL once.
 */
public final class QueueClaimBenchmark implements Benchmark {

  static final int CLAIMERS = 4;
  private static final String FLOW = "bench-queue";
  private static final String API_QUEUE = "bench-claims-api";
  private static final String SQL_QUEUE = "bench-claims-sql";
  private static final String WARM_QUEUE = "bench-claims-warm";

  @Override
  public String name() {
    return "orch-queue";
  }

  @Override
  public List<Figure> run(boolean quick) throws Exception {
    OrchestratorBed bed = OrchestratorBed.shared();
    List<SimRobot> robots = setUp(bed);
    try (KeepAlive beats = KeepAlive.start(robots, Duration.ofSeconds(10))) {
      int items = quick ? 400 : 1500;
      int rounds = quick ? 3 : 5;
      Latencies calls = new Latencies();
      Cpu cpu = new Cpu();
      warmUp(bed, robots, quick ? 1000 : 5000, Duration.ofSeconds(quick ? 20 : 120));
      round(
          bed,
          robots,
          "w",
          200,
          true,
          new Latencies(),
          new Cpu()); // and both sides once, not counted
      ServerTimes before = ServerTimes.of(bed.admin());
      double[] api = new double[rounds];
      double[] sql = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        double[] both = round(bed, robots, "r" + r, items, r % 2 == 0, calls, cpu);
        api[r] = both[0];
        sql[r] = both[1];
        System.out.printf(
            "  orch-queue: round %d: API %.1f items/s, raw SQL %.1f items/s%n",
            r + 1, api[r], sql[r]);
      }
      System.out.println(
          "  orch-queue: time in the server per call: "
              + ServerTimes.of(bed.admin()).since(before));
      long counted = (long) items * rounds;
      Stats a = Stats.of(api);
      Stats s = Stats.of(sql);
      System.out.printf(
          "  orch-queue: API %s; raw SQL %s; API calls: %s; errors: %s%n",
          a.spread("items/s"), s.spread("items/s"), calls.perKind(), calls.errorSummary());
      return List.of(
          Figure.higherIsBetter(
              "queue claim+complete via API vs raw SQL, "
                  + CLAIMERS
                  + " claimers (items/s, median)",
              a.median(),
              s.median(),
              "items/s",
              a.spread("items/s") + "; SQL " + s.spread("items/s"),
              0.5),
          Figure.atMost(
              "queue API errors during the rounds",
              calls.errorCount(),
              "errors",
              calls.errorSummary(),
              0),
          Figure.reported(
              "queue API claim latency under that load (ms, p99)",
              calls.of("claim").percentile(99),
              "ms",
              "p50 "
                  + fmt(calls.of("claim").median())
                  + " ms, complete p50/p99 "
                  + fmt(calls.of("complete").median())
                  + "/"
                  + fmt(calls.of("complete").percentile(99))
                  + " ms"),
          Figure.reported(
              "queue: orchestrator CPU per claim+complete (ms)",
              1000 * cpu.api.server() / counted,
              "ms",
              String.format(
                  "PostgreSQL %.2f ms (raw SQL %.2f ms), robots %.2f ms (raw SQL client %.2f ms) per item",
                  1000 * cpu.api.postgres() / counted,
                  1000 * cpu.sql.postgres() / counted,
                  1000 * cpu.api.client() / counted,
                  1000 * cpu.sql.client() / counted)));
    } finally {
      robots.forEach(SimRobot::finishJob);
    }
  }

  /** Queues, a flow, a credential, and {@value #CLAIMERS} robots each running a job of the flow. */
  private static List<SimRobot> setUp(OrchestratorBed bed) throws Exception {
    AdminApi admin = bed.admin();
    admin.createQueue(API_QUEUE, 300);
    admin.createQueue(SQL_QUEUE, 300);
    admin.createQueue(WARM_QUEUE, 300);
    admin.createCredential("bench-queue-registry", "clerk", "not-a-real-secret-queue");
    admin.publishFlow(
        BenchFlows.queueFlow(FLOW, API_QUEUE, "bench-queue-registry", 100), FLOW + ".yaml");
    List<SimRobot> robots = SimRobot.enrol(bed, "queue-robot", CLAIMERS, CLAIMERS);
    for (int i = 0; i < CLAIMERS; i++) {
      admin.startJob(FLOW);
    }
    return SimRobot.inParallel(CLAIMERS, CLAIMERS, i -> robots.get(i).takeJob());
  }

  /**
   * Claims and completes {@code items} through the API (or as many as fit in {@code limit}), so
   * that both JVMs have compiled the hot paths before anything is counted: a fresh server is
   * several times slower for its first thousands of requests. Counted in items, not seconds,
   * because the compilers count calls.
   */
  private static void warmUp(OrchestratorBed bed, List<SimRobot> robots, int items, Duration limit)
      throws Exception {
    QueueFill.fill(bed, WARM_QUEUE, "warm-", items);
    AtomicInteger done = new AtomicInteger();
    long t0 = System.nanoTime();
    long end = t0 + limit.toNanos();
    SimRobot.inParallel(
        robots.size(),
        robots.size(),
        i -> {
          SimRobot robot = robots.get(i);
          while (System.nanoTime() < end) {
            Optional<QueueItem> item =
                robot.client().claimItem(WARM_QUEUE, robot.jobId(), Duration.ofMinutes(5));
            if (item.isEmpty()) {
              break;
            }
            robot.client().completeItem(item.get().id(), Map.of("receipt", "R-" + item.get().id()));
            done.incrementAndGet();
          }
          return null;
        });
    System.out.printf(
        "  orch-queue: warm-up: %d of %d items through the API in %.1f s%n",
        done.get(), items, (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Fills both queues with {@code items}, works both to the end; answers {API items/s, SQL
   * items/s}.
   */
  private static double[] round(
      OrchestratorBed bed,
      List<SimRobot> robots,
      String tag,
      int items,
      boolean apiFirst,
      Latencies calls,
      Cpu cpu)
      throws Exception {
    QueueFill.fill(bed, API_QUEUE, tag + "-", items);
    QueueFill.fill(bed, SQL_QUEUE, tag + "-", items);
    double api;
    double sql;
    if (apiFirst) {
      api = viaApi(bed, robots, items, calls, cpu);
      sql = viaSql(bed, robots, items, cpu);
    } else {
      sql = viaSql(bed, robots, items, cpu);
      api = viaApi(bed, robots, items, calls, cpu);
    }
    checkAllDone(bed, API_QUEUE, tag + "-", items);
    checkAllDone(bed, SQL_QUEUE, tag + "-", items);
    return new double[] {api, sql};
  }

  private static double viaApi(
      OrchestratorBed bed, List<SimRobot> robots, int items, Latencies calls, Cpu cpu)
      throws Exception {
    AtomicInteger done = new AtomicInteger();
    CpuMeter cpu0 = CpuMeter.of(bed);
    long t0 = System.nanoTime();
    SimRobot.inParallel(
        robots.size(),
        robots.size(),
        i -> {
          SimRobot robot = robots.get(i);
          while (true) {
            Optional<QueueItem> item =
                calls.time(
                    "claim",
                    () ->
                        robot.client().claimItem(API_QUEUE, robot.jobId(), Duration.ofMinutes(5)));
            if (item == null || item.isEmpty()) {
              return null;
            }
            calls.run(
                "complete",
                () ->
                    robot
                        .client()
                        .completeItem(item.get().id(), Map.of("receipt", "R-" + item.get().id())));
            done.incrementAndGet();
          }
        });
    double perSecond = perSecond(items, done.get(), t0, "API errors: " + calls.errorSummary());
    cpu.api = cpu.api.plus(cpu0, CpuMeter.of(bed));
    return perSecond;
  }

  private static double viaSql(OrchestratorBed bed, List<SimRobot> robots, int items, Cpu cpu)
      throws Exception {
    List<RawSqlClaims> workers = new ArrayList<>();
    for (SimRobot robot : robots) {
      workers.add(new RawSqlClaims(bed.connect(), SQL_QUEUE, robot.id(), robot.jobId()));
    }
    try {
      AtomicInteger done = new AtomicInteger();
      CpuMeter cpu0 = CpuMeter.of(bed);
      long t0 = System.nanoTime();
      SimRobot.inParallel(
          workers.size(),
          workers.size(),
          i -> {
            while (workers.get(i).claimAndComplete()) {
              done.incrementAndGet();
            }
            return null;
          });
      double perSecond = perSecond(items, done.get(), t0, "raw SQL");
      cpu.sql = cpu.sql.plus(cpu0, CpuMeter.of(bed));
      return perSecond;
    } finally {
      for (RawSqlClaims w : workers) {
        w.close();
      }
    }
  }

  private static double perSecond(int expected, int done, long t0, String context) {
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (done != expected) {
      throw new IllegalStateException(
          "expected " + expected + " items done, but " + done + " were (" + context + ")");
    }
    return done / seconds;
  }

  /** Every item of the round ended SUCCESSFUL, each after exactly one attempt. */
  private static void checkAllDone(OrchestratorBed bed, String queue, String prefix, int items)
      throws Exception {
    try (Connection c = bed.connect();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT COUNT(*) FROM queue_item WHERE queue_name = ? AND reference LIKE ? AND status = 'SUCCESSFUL' AND attempts = 1")) {
      q.setString(1, queue);
      q.setString(2, prefix + "%");
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        if (rs.getInt(1) != items) {
          throw new IllegalStateException(
              queue
                  + ": "
                  + rs.getInt(1)
                  + " of "
                  + items
                  + " items of round "
                  + prefix
                  + " ended SUCCESSFUL after one attempt");
        }
      }
    }
  }

  /** CPU used by each side over the measured rounds. */
  private static final class Cpu {
    CpuMeter api = CpuMeter.ZERO;
    CpuMeter sql = CpuMeter.ZERO;
  }

  private static String fmt(double v) {
    return String.format("%.1f", v);
  }
}
