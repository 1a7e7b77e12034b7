package io.workforce.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./rpa bench [--quick] [NAME...]}: runs the benchmark programs, prints one table (figure, ours,
 * baseline, ratio, goal, met?) and writes it to {@code docs/performance.md}.
 */
public final class BenchMain {

  /** Every benchmark program; add yours here. */
  static List<Benchmark> all() {
    return List.of(new io.workforce.bench.flows.FlowParseBenchmark(), new io.workforce.bench.samples.SamplesBenchmark(),
        new io.workforce.bench.ocr.OcrBenchmark(), new io.workforce.bench.runtime.RuntimeBench(),
        new io.workforce.bench.controlcenter.OverviewBenchmark());
  }

  public static void main(String[] args) throws Exception {
    boolean quick = List.of(args).contains("--quick");
    List<String> only = List.of(args).stream().filter(a -> !a.startsWith("--")).toList();
    List<String> rows = new ArrayList<>();
    for (Benchmark benchmark : all()) {
      if (!only.isEmpty() && !only.contains(benchmark.name())) {
        continue;
      }
      System.out.println("== " + benchmark.name() + (quick ? " (quick)" : ""));
      for (Figure f : benchmark.run(quick)) {
        String row = row(benchmark.name(), f);
        System.out.println(row);
        rows.add(row);
      }
    }
    Path home = Path.of(System.getProperty("workforce.home", "."));
    write(home.resolve("docs/performance-latest.md"), rows, quick);
    System.out.println("written: " + home.resolve("docs/performance-latest.md"));
  }

  static String row(String bench, Figure f) {
    return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |", bench, f.name(),
        num(f.ours()) + " " + f.unit(), Double.isNaN(f.baseline()) ? "—" : num(f.baseline()) + " " + f.unit(),
        Double.isNaN(f.ratio()) ? "—" : String.format(Locale.ROOT, "%.2f×", f.ratio()), f.goal(),
        f.met() ? "yes" : "**no**", f.spread());
  }

  private static String num(double v) {
    return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3g", v);
  }

  private static void write(Path file, List<String> rows, boolean quick) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# Latest benchmark run\n\n")
        .append("Date: ").append(LocalDate.now()).append(quick ? " (--quick)" : "").append("  \n")
        .append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
        .append(ManagementFactory.getOperatingSystemMXBean().getArch()).append(", ")
        .append(cpuModel()).append(", Java ").append(System.getProperty("java.version")).append("\n\n")
        .append("| bench | figure | ours | baseline | ratio | goal | met? | spread |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    rows.forEach(r -> md.append(r).append('\n'));
    Files.createDirectories(file.getParent());
    Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }
}
