package io.workforce.bench.flows;

import io.workforce.bench.Benchmark;
import io.workforce.bench.Figure;
import io.workforce.bench.Stats;
import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code flow-parse}: parse and validate a 2,000-step flow (goal: under 200 ms after warm-up),
 * against the baseline of reading the same file into a plain Jackson YAML tree, measured in the
 * same run.
 */
public final class FlowParseBenchmark implements Benchmark {

  static final int STEPS = 2_000;

  @Override
  public String name() {
    return "flow-parse";
  }

  @Override
  public List<Figure> run(boolean quick) throws Exception {
    Path file = Files.createTempFile("flow-2000-steps", ".yaml");
    try {
      Files.writeString(file, LargeFlow.yaml(STEPS), StandardCharsets.UTF_8);
      FlowParser parser = FlowParser.create().withLocale(Locale.ENGLISH);
      YAMLMapper yaml = YAMLMapper.builder().build();
      Flow flow = parser.parse(file);
      if (LargeFlow.count(flow.steps()) != STEPS) {
        throw new IllegalStateException(
            "the generated flow has " + LargeFlow.count(flow.steps()) + " steps");
      }
      int warmup = quick ? 10 : 40;
      int runs = quick ? 15 : 60;
      for (int i = 0; i < warmup; i++) {
        parser.parse(file);
        yaml.readTree(file.toFile());
      }
      ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
      double[] ours = new double[runs];
      double[] baseline = new double[runs];
      double[] oursCpu = new double[runs];
      double[] baselineCpu = new double[runs];
      for (int i = 0; i < runs; i++) { // interleaved, so that both see the same machine
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Flow parsed = parser.parse(file);
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        JsonNode tree = yaml.readTree(file.toFile());
        long t2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        if (parsed.steps().isEmpty() || tree.isEmpty()) {
          throw new IllegalStateException("nothing parsed");
        }
        ours[i] = (t1 - t0) / 1e6;
        baseline[i] = (t2 - t1) / 1e6;
        oursCpu[i] = (c1 - c0) / 1e6;
        baselineCpu[i] = (c2 - c1) / 1e6;
      }
      Stats o = Stats.of(ours);
      Stats b = Stats.of(baseline);
      Stats oc = Stats.of(oursCpu);
      Stats bc = Stats.of(baselineCpu);
      // CPU time is shown too: on a shared 2-core machine the wall clock also measures the
      // neighbours.
      return List.of(
          new Figure(
              "parse+validate 2,000-step flow (ms wall, median; baseline: Jackson YAML readTree)",
              o.median(),
              b.median(),
              "ms",
              b.median() / o.median(),
              o.spread("ms") + "; baseline " + b.spread("ms"),
              "< 200 ms",
              o.median() < 200),
          new Figure(
              "the same in thread CPU time (ms CPU, median)",
              oc.median(),
              bc.median(),
              "ms",
              bc.median() / oc.median(),
              oc.spread("ms") + "; baseline " + bc.spread("ms"),
              "report",
              true),
          Figure.reported("file size (KiB)", Files.size(file) / 1024.0, "KiB", STEPS + " steps"));
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
