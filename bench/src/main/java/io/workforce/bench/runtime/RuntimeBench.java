package io.workforce.bench.runtime;

import io.workforce.bench.Benchmark;
import io.workforce.bench.Figure;
import io.workforce.bench.Stats;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.DriverOptions;
import io.workforce.runtime.engine.RunSummary;
import io.workforce.samples.SampleOptions;
import io.workforce.samples.SampleSystems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The robot runtime on enter-from-spreadsheet, all in one run: against a hand-written Playwright
 * program doing the same work, Playwright against Selenium (and on a paged read_table, the
 * frame-and-table page of issue 16 and the portal form of issue 24), four workers against one at
 * 200 ms server latency, and the robot JVM's heap with the browser memory per worker at four
 * workers. Every repetition gets fresh sample systems, so every row is really entered.
 */
public final class RuntimeBench implements Benchmark {

  private static final String USER = "slry01";
  private static final String PASSWORD = "Slry#2019";

  @Override
  public String name() {
    return "runtime";
  }

  @Override
  public List<Figure> run(boolean quick) throws Exception {
    Path dir = Files.createTempDirectory("wf-bench-runtime");
    Path flow = RobotRun.benchFlow(dir);
    int reps = quick ? 1 : 3;
    List<Figure> figures = new ArrayList<>();
    try (BrowserDriver playwright =
            BrowserDriver.start(BrowserDriver.Kind.PLAYWRIGHT, DriverOptions.defaults());
        BrowserDriver selenium =
            BrowserDriver.start(BrowserDriver.Kind.SELENIUM, DriverOptions.defaults())) {
      Path rows = rows(dir, 12, "rows-12.csv");
      double[] hand = new double[reps];
      double[] ours = new double[reps];
      double[] sel = new double[reps];
      runtime(
          flow,
          rows,
          playwright,
          1,
          Duration.ZERO,
          dir); // warm-up: JIT, browser, Playwright connection
      handWritten(rows, Duration.ZERO);
      for (int i = 0; i < reps; i++) {
        hand[i] = handWritten(rows, Duration.ZERO);
        ours[i] = runtime(flow, rows, playwright, 1, Duration.ZERO, dir);
        sel[i] = runtime(flow, rows, selenium, 1, Duration.ZERO, dir);
      }
      Stats o = Stats.of(ours);
      figures.add(
          Figure.higherIsBetter(
              "enter-from-spreadsheet, 12 rows: runtime vs hand-written Playwright",
              o.median(),
              Stats.of(hand).median(),
              "items/min",
              o.spread("items/min") + "; baseline " + Stats.of(hand).spread("items/min"),
              0.90));
      figures.add(
          Figure.higherIsBetter(
              "same flow: Playwright driver vs Selenium driver",
              o.median(),
              Stats.of(sel).median(),
              "items/min",
              "Selenium " + Stats.of(sel).spread("items/min"),
              1.0));
      figures.add(pagedRead(dir, reps, playwright, selenium));
      figures.addAll(frameRead(dir, reps, playwright, selenium));
      figures.add(portalForm(dir, reps, playwright, selenium));
      Path slowRows = rows(dir, quick ? 16 : 24, "rows-slow.csv");
      double[] one = new double[reps];
      double[] four = new double[reps];
      for (int i = 0; i < reps; i++) {
        one[i] = runtime(flow, slowRows, playwright, 1, Duration.ofMillis(200), dir);
        four[i] = runtime(flow, slowRows, playwright, 4, Duration.ofMillis(200), dir);
      }
      Stats f = Stats.of(four);
      figures.add(
          Figure.higherIsBetter(
              "200 ms server latency: 4 workers vs 1 worker",
              f.median(),
              Stats.of(one).median(),
              "items/min",
              f.spread("items/min"),
              2.5));
    }
    figures.addAll(robotProcess(flow, dir));
    return figures;
  }

  /**
   * read_table across pages (the archive's numbered and post-back pagers, checked against the
   * ground truth): Playwright against Selenium.
   */
  private static Figure pagedRead(
      Path dir, int reps, BrowserDriver playwright, BrowserDriver selenium) throws Exception {
    Path flow = PagedRead.flow(dir);
    Path runs = dir.resolve("runs");
    PagedRead.run(flow, playwright, runs); // warm-up
    PagedRead.run(flow, selenium, runs);
    double[] pw = new double[reps];
    double[] sel = new double[reps];
    for (int i = 0; i < reps; i++) {
      pw[i] = PagedRead.run(flow, playwright, runs);
      sel[i] = PagedRead.run(flow, selenium, runs);
    }
    Stats p = Stats.of(pw);
    return Figure.higherIsBetter(
        "read_table, "
            + PagedRead.RECORDS
            + " records over 10 pages (numbered and post-back pagers): Playwright vs Selenium",
        p.median(),
        Stats.of(sel).median(),
        "records/s",
        p.spread("records/s") + "; Selenium " + Stats.of(sel).spread("records/s"),
        1.0);
  }

  /**
   * Issue 16's frame-and-table shape (click, wait in the detail iframe, four XPath reads of
   * alternating label/value pairs), per record: Playwright against Selenium, with the mean time per
   * step type of the last run in the spread column; then one row per step type (median over the
   * runs of each run's mean), since the drivers book the frame's late record differently:
   * Selenium's click returns once the frame has loaded, Playwright's at once, its wait then sees
   * it.
   */
  private static List<Figure> frameRead(
      Path dir, int reps, BrowserDriver playwright, BrowserDriver selenium) throws Exception {
    Path flow = FrameRead.flow(dir);
    Path runs = dir.resolve("runs");
    FrameRead.run(flow, playwright, runs); // warm-up
    FrameRead.run(flow, selenium, runs);
    double[] pw = new double[reps];
    double[] sel = new double[reps];
    Map<String, double[]> pwStep = new LinkedHashMap<>();
    Map<String, double[]> selStep = new LinkedHashMap<>();
    String pwSteps = "";
    String selSteps = "";
    for (int i = 0; i < reps; i++) {
      FrameRead.Timing p = FrameRead.run(flow, playwright, runs);
      FrameRead.Timing q = FrameRead.run(flow, selenium, runs);
      pw[i] = p.perRecord();
      sel[i] = q.perRecord();
      pwSteps = steps(p);
      selSteps = steps(q);
      int run = i;
      stepTypes(p).forEach((k, v) -> pwStep.computeIfAbsent(k, x -> new double[reps])[run] = v);
      stepTypes(q).forEach((k, v) -> selStep.computeIfAbsent(k, x -> new double[reps])[run] = v);
    }
    Stats p = Stats.of(pw);
    List<Figure> figures = new ArrayList<>();
    figures.add(
        Figure.lowerIsBetter(
            "frame and table, "
                + FrameRead.RECORDS
                + " records (click, wait in the iframe, 4 XPath fields): Playwright vs Selenium",
            p.median(),
            Stats.of(sel).median(),
            "ms/record",
            p.spread("ms/record")
                + "; Selenium "
                + Stats.of(sel).spread("ms/record")
                + "; last run per step, Playwright "
                + pwSteps
                + ", Selenium "
                + selSteps,
            1.0));
    pwStep.forEach(
        (kind, values) -> {
          Stats a = Stats.of(values);
          Stats b = Stats.of(selStep.get(kind));
          figures.add(
              Figure.lowerIsBetter(
                  "frame and table, step " + kind + ": Playwright vs Selenium (mean per step)",
                  a.median(),
                  b.median(),
                  "ms/step",
                  a.spread("ms/step") + "; Selenium " + b.spread("ms/step"),
                  1.0));
        });
    return figures;
  }

  /**
   * The step types compared row by row: click, the wait and the read inside the frame, the two
   * together with the click, and the {@code frame} step's own cost (its time less its steps').
   */
  private static Map<String, Double> stepTypes(FrameRead.Timing t) {
    Map<String, Double> m = t.perStep();
    double click = m.getOrDefault("click", 0.0);
    double wait = m.getOrDefault("wait_for", 0.0);
    double read = m.getOrDefault("read", 0.0);
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("click", click);
    out.put("wait_for (in the frame)", wait);
    out.put("click + wait_for", click + wait);
    out.put("read (4 XPath fields)", read);
    out.put("frame (its own cost)", m.getOrDefault("frame", 0.0) - wait - read);
    return out;
  }

  private static String steps(FrameRead.Timing t) {
    StringBuilder sb = new StringBuilder();
    t.perStep()
        .forEach(
            (k, v) ->
                sb.append(sb.isEmpty() ? "" : " ").append(k).append(' ').append(Math.round(v)));
    return sb + " ms";
  }

  /** Issue 24's portal form, one application per run: Playwright against Selenium. */
  private static Figure portalForm(
      Path dir, int reps, BrowserDriver playwright, BrowserDriver selenium) throws Exception {
    Path flow = PortalForm.flow();
    PortalForm.run(flow, playwright, dir, 0); // warm-up
    PortalForm.run(flow, selenium, dir, 0);
    double[] pw = new double[reps];
    double[] sel = new double[reps];
    for (int i = 0; i < reps; i++) {
      pw[i] = PortalForm.run(flow, playwright, dir, i + 1);
      sel[i] = PortalForm.run(flow, selenium, dir, i + 1);
    }
    Stats p = Stats.of(pw);
    return Figure.lowerIsBetter(
        "portal form (issue 24), one application: Playwright vs Selenium",
        p.median(),
        Stats.of(sel).median(),
        "s/application",
        p.spread("s") + "; Selenium " + Stats.of(sel).spread("s"),
        1.0);
  }

  private static Path rows(Path dir, int count, String name) throws IOException {
    try (SampleSystems s = SampleSystems.start(SampleOptions.builder().records(12).build())) {
      return BenchRows.write(s.groundTruth().sheetRows(), count, dir.resolve(name));
    }
  }

  private static SampleSystems systems(Duration latency) {
    return SampleSystems.start(SampleOptions.builder().records(12).latency(latency).build());
  }

  private static double handWritten(Path rows, Duration latency) throws IOException {
    List<List<String>> table = BenchRows.read(rows);
    try (SampleSystems s = systems(latency)) {
      long start = System.nanoTime();
      int done = HandWrittenEntry.run(s.intakeUrl(), USER, PASSWORD, table);
      double minutes = (System.nanoTime() - start) / 60e9;
      if (done != table.size() - 1) {
        throw new IllegalStateException(
            "hand-written program entered " + done + " of " + (table.size() - 1));
      }
      return done / minutes;
    }
  }

  private static double runtime(
      Path flow, Path rows, BrowserDriver driver, int workers, Duration latency, Path dir) {
    try (SampleSystems s = systems(latency)) {
      RunSummary summary =
          RobotRun.run(flow, rows, s.intakeUrl(), driver, workers, dir.resolve("runs"));
      return summary.itemsPerMinute();
    }
  }

  /**
   * Four workers in a robot JVM of its own (-Xmx256m): its peak heap, and the browser's memory per
   * worker.
   */
  private static List<Figure> robotProcess(Path flow, Path dir) throws Exception {
    Path rows = rows(dir, 16, "rows-mem.csv");
    try (SampleSystems s = systems(Duration.ofMillis(200))) {
      Process p =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx256m",
                  "-cp",
                  System.getProperty("java.class.path"),
                  RobotRun.class.getName(),
                  flow.toString(),
                  rows.toString(),
                  s.intakeUrl(),
                  "4",
                  dir.resolve("runs").toString())
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
        throw new IllegalStateException("the robot process failed:\n" + out);
      }
      String[] r =
          out.lines()
              .filter(l -> l.startsWith("RESULT "))
              .findFirst()
              .orElseThrow(
                  () -> new IllegalStateException("no RESULT from the robot process:\n" + out))
              .split(" ");
      double heapMb = Long.parseLong(r[3]) / 1048576.0;
      double browserMb = Long.parseLong(r[4]) / 1048576.0;
      return List.of(
          Figure.atMost(
              "robot JVM peak heap, 4 workers, 16 items (-Xmx256m)", heapMb, "MB", "one run", 256),
          Figure.reported(
              "browser memory per worker (peak PSS of all Chromium processes / 4)",
              browserMb / 4,
              "MB",
              "total " + Math.round(browserMb) + " MB"));
    }
  }
}
