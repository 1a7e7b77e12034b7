package io.workforce.bench.demo;

import io.workforce.bench.Benchmark;
import io.workforce.bench.Figure;
import io.workforce.bench.Stats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ./rpa demo} from start to "robots working" (a robot holds or finished its first queue
 * item), started as a user starts it (the launcher script, warm build, {@code --fast}, free ports)
 * on a fresh data directory, and once more resumed on that data. The demo prints its own phases:
 * the orchestrator answering, the set-up, the robots' first item. Goal: under 60 s on 2 cores. The
 * resumed start is the comparison: same processes, no migrations or set-up to create.
 */
public final class DemoStartBenchmark implements Benchmark {

  private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+) s");
  private static final Pattern PHASES =
      Pattern.compile(
          "orchestrator ready ([0-9.]+) s, set-up ([0-9.]+) s, robots' first item ([0-9.]+) s");

  @Override
  public String name() {
    return "demo-start";
  }

  @Override
  public List<Figure> run(boolean quick) throws Exception {
    int rounds = quick ? 1 : 3;
    double[] fresh = new double[rounds];
    double[][] phases = new double[3][rounds];
    double[] resumed = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      Path dir = Files.createTempDirectory("workforce-demo-bench-");
      try {
        String first = startAndStop(dir);
        fresh[i] = number(STARTED, first, 1);
        for (int p = 0; p < 3; p++) {
          phases[p][i] = number(PHASES, first, p + 1);
        }
        resumed[i] = number(STARTED, startAndStop(dir), 1);
      } finally {
        delete(dir);
      }
    }
    Stats f = Stats.of(fresh);
    Stats r = Stats.of(resumed);
    List<Figure> figures = new ArrayList<>();
    figures.add(
        Figure.atMost(
            "./rpa demo --fast, fresh data: start to robots working (s, median)",
            f.median(),
            "s",
            f.spread("s"),
            60));
    figures.add(
        Figure.reported("same, resumed on its data (s, median)", r.median(), "s", r.spread("s")));
    String[] names = {
      "of which: orchestrator ready",
      "of which: set-up over the API",
      "of which: robots' first item"
    };
    for (int p = 0; p < 3; p++) {
      Stats s = Stats.of(phases[p]);
      figures.add(Figure.reported(names[p] + " (s, median)", s.median(), "s", s.spread("s")));
    }
    return figures;
  }

  /**
   * Runs the demo until it is ready, stops it (SIGTERM, as a service manager would) and answers its
   * console.
   */
  private static String startAndStop(Path dataDir) throws IOException, InterruptedException {
    Path home = Path.of(System.getProperty("workforce.home", ".")).toAbsolutePath();
    Path console = Files.createTempFile("workforce-demo-bench-", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder(
                "bash",
                home.resolve("rpa").toString(),
                "demo",
                "--fast",
                "--records",
                "400",
                "--ports",
                "0",
                "--data-dir",
                dataDir.toString())
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(console.toFile());
    pb.environment().put("WORKFORCE_SKIP_BUILD", "1");
    pb.environment().put("WORKFORCE_LANG", "en");
    Process p = pb.start();
    try {
      long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
      while (System.nanoTime() < end && p.isAlive() && !STARTED.matcher(read(console)).find()) {
        Thread.sleep(250);
      }
      String out = read(console);
      if (!STARTED.matcher(out).find()) {
        throw new IllegalStateException("./rpa demo did not get ready:\n" + out);
      }
      return out;
    } finally {
      p.destroy();
      if (!p.waitFor(90, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
      }
      Files.deleteIfExists(console);
    }
  }

  private static double number(Pattern pattern, String text, int group) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("no /" + pattern + "/ in the demo's output:\n" + text);
    }
    return Double.parseDouble(m.group(group));
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
