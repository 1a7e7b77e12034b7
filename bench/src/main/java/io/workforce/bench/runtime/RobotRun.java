package io.workforce.bench.runtime;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.DriverOptions;
import io.workforce.runtime.engine.FlowRunner;
import io.workforce.runtime.engine.RunOptions;
import io.workforce.runtime.engine.RunSummary;
import io.workforce.runtime.input.Inputs;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.runtime.vault.Credential;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** One run of the (benchmark copy of the) enter-from-spreadsheet flow through the runtime. */
final class RobotRun {

  /**
   * The sample flow with {@code max_sessions: 4}, so that four workers may run (the intake system
   * allows it).
   */
  static Path benchFlow(Path dir) throws Exception {
    Path sample =
        Path.of(
            System.getProperty("workforce.home", "."), "samples/flows/enter-from-spreadsheet.yaml");
    Path copy = dir.resolve("enter-from-spreadsheet.yaml");
    Files.writeString(copy, Files.readString(sample).replace("max_sessions: 2", "max_sessions: 4"));
    return copy;
  }

  static RunSummary run(
      Path flowFile, Path rows, String intakeUrl, BrowserDriver driver, int workers, Path runs) {
    Flow flow = FlowParser.create().parse(flowFile);
    RunOptions options =
        RunOptions.defaults()
            .withWorkers(workers)
            .withRunsDir(runs)
            .withWorkDir(runs)
            .withRetries(2, Duration.ofMillis(200))
            .withEnv(Map.of("INTAKE_URL", intakeUrl));
    RunSummary summary =
        new FlowRunner(
                flow,
                options,
                name -> Optional.of(new Credential(name, "slry01", "Slry#2019", Map.of())),
                driver,
                null)
            .run(Inputs.fromFile(rows, flow.input(), Map.of()), null);
    int ok = summary.count(ItemStatus.SUCCEEDED);
    if (ok != summary.results().size()) {
      throw new IllegalStateException(
          "runtime run failed "
              + (summary.results().size() - ok)
              + " items; see "
              + summary.runDir());
    }
    return summary;
  }

  /**
   * A robot process of its own (for the heap figure): {@code RobotRun FLOW ROWS INTAKE_URL WORKERS
   * RUNS}; prints {@code items millis peakHeapBytes peakBrowserRssBytes}.
   */
  public static void main(String[] args) throws Exception {
    try (BrowserDriver driver =
        BrowserDriver.start(BrowserDriver.Kind.PLAYWRIGHT, DriverOptions.defaults())) {
      MemoryWatch watch = MemoryWatch.start();
      RunSummary s =
          run(
              Path.of(args[0]),
              Path.of(args[1]),
              args[2],
              driver,
              Integer.parseInt(args[3]),
              Path.of(args[4]));
      MemoryWatch.Peak peak = watch.stop();
      System.out.println(
          "RESULT "
              + s.results().size()
              + " "
              + s.millis()
              + " "
              + peak.heapBytes()
              + " "
              + peak.browserPssBytes());
    }
  }
}
