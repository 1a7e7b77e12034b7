package io.workforce.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./rpa bench [--quick] [NAME...]}: runs the benchmark programs, prints one table (figure,
 * ours, baseline, ratio, goal, met?) and writes it into the generated block of {@code
 * docs/performance.md} with the date, the machine and the versions (see {@link Report}).
 */
public final class BenchMain {

  /** Every benchmark program; add yours here. */
  static List<Benchmark> all() {
    return List.of(
        new io.workforce.bench.flows.FlowParseBenchmark(),
        new io.workforce.bench.samples.SamplesBenchmark(),
        new io.workforce.bench.ocr.OcrBenchmark(),
        new io.workforce.bench.runtime.RuntimeBench(),
        new io.workforce.bench.orchestrator.QueueClaimBenchmark(),
        new io.workforce.bench.orchestrator.DispatchLatencyBenchmark(),
        new io.workforce.bench.orchestrator.RobotLoadBenchmark(),
        new io.workforce.bench.controlcenter.OverviewBenchmark(),
        new io.workforce.bench.demo.DemoStartBenchmark());
  }

  public static void main(String[] args) throws Exception {
    List<String> names = all().stream().map(Benchmark::name).toList();
    boolean english = BenchArgs.english();
    BenchArgs parsed = BenchArgs.parse(args, names, english);
    if (parsed.help()) {
      System.out.print(BenchArgs.usage(names, english));
      return;
    }
    if (parsed.error() != null) {
      System.err.print(parsed.error() + "\n\n" + BenchArgs.usage(names, english));
      System.exit(2);
    }
    boolean quick = parsed.quick();
    List<String> only = parsed.only();
    Path home = Path.of(System.getProperty("workforce.home", "."));
    Machine machine = Machine.here(home);
    long began = System.nanoTime();
    String run = LocalDate.now() + (quick ? " quick" : " full");
    Map<String, List<String>> rows = new LinkedHashMap<>();
    List<String> ran = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (Benchmark benchmark : all()) {
      if (!only.isEmpty() && !only.contains(benchmark.name())) {
        continue;
      }
      System.out.println("== " + benchmark.name() + (quick ? " (quick)" : ""));
      ran.add(benchmark.name());
      List<String> mine = rows.computeIfAbsent(benchmark.name(), b -> new ArrayList<>());
      try {
        for (Figure f : benchmark.run(quick)) {
          String row = row(benchmark.name(), f, run);
          System.out.println(row);
          mine.add(row);
        }
      } catch (Exception e) {
        // one broken benchmark must not cost the others' figures; its failure is a row of the table
        String row =
            String.format(
                Locale.ROOT,
                "| %s | did not run: %s | — | — | — | — | **no** | — | %s |",
                benchmark.name(),
                e.toString().replace('|', '/').replace('\n', ' '),
                run);
        System.out.println(row);
        mine.add(row);
        failed.add(benchmark.name());
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - began);
    String about =
        "Run "
            + LocalDate.now()
            + (quick ? " with `--quick`" : " (full)")
            + ", "
            + ran.size()
            + " benchmark(s) in "
            + took.toMinutes()
            + " min "
            + took.toSecondsPart()
            + " s.  \nMachine: "
            + machine.describe();
    System.out.println("\n" + about + "\n\n" + Report.HEADER.strip());
    rows.values().forEach(list -> list.forEach(System.out::println));
    Path doc = home.resolve("docs/performance.md");
    Report.write(doc, rows, ran, about);
    System.out.println("\nwritten: " + doc);
    if (!failed.isEmpty()) {
      System.err.println("benchmarks that did not run: " + failed);
      System.exit(1);
    }
  }

  static String row(String bench, Figure f, String run) {
    return String.format(
        Locale.ROOT,
        "| %s | %s | %s | %s | %s | %s | %s | %s | %s |",
        bench,
        f.name(),
        num(f.ours()) + " " + f.unit(),
        Double.isNaN(f.baseline()) ? "—" : num(f.baseline()) + " " + f.unit(),
        Double.isNaN(f.ratio()) ? "—" : String.format(Locale.ROOT, "%.2f×", f.ratio()),
        f.goal(),
        f.met() ? "yes" : "**no**",
        f.spread(),
        run);
  }

  private static String num(double v) {
    return Math.abs(v) >= 100
        ? String.format(Locale.ROOT, "%.0f", v)
        : String.format(Locale.ROOT, "%.3g", v);
  }
}
