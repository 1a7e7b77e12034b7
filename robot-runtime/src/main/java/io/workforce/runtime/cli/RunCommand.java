package io.workforce.runtime.cli;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowInput;
import io.workforce.flows.FlowParser;
import io.workforce.flows.FlowResolver;
import io.workforce.flows.FlowValidationException;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.DriverOptions;
import io.workforce.runtime.Messages;
import io.workforce.runtime.engine.FlowRunner;
import io.workforce.runtime.engine.RunOptions;
import io.workforce.runtime.engine.RunSummary;
import io.workforce.runtime.input.Inputs;
import io.workforce.runtime.input.ListSource;
import io.workforce.runtime.journal.ConsoleProgress;
import io.workforce.runtime.journal.HtmlReport;
import io.workforce.runtime.journal.JournalWriter;
import io.workforce.runtime.queue.LocalQueueRun;
import io.workforce.runtime.queue.LocalQueues;
import io.workforce.runtime.vault.CredentialProvider;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./rpa run FLOW [--input F] [--set k=v] [--driver playwright|selenium] [--workers N]
 * [--headed] [--dry-run]}.
 */
@Command(name = "run", mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {

  // The texts of the usage are in cli/help*.properties (Chinese and English), under these keys.

  @Parameters(index = "0", paramLabel = "FLOW", descriptionKey = "run.flow")
  Path flowFile;

  @Option(names = "--input", paramLabel = "FILE", descriptionKey = "run.input")
  Path input;

  @Option(names = "--set", paramLabel = "NAME=VALUE", descriptionKey = "run.set")
  List<String> sets = new ArrayList<>();

  @Option(
      names = "--driver",
      paramLabel = "playwright|selenium",
      defaultValue = "playwright",
      descriptionKey = "run.driver")
  String driver;

  @Option(names = "--workers", paramLabel = "N", defaultValue = "1", descriptionKey = "run.workers")
  int workers;

  @Option(names = "--headed", descriptionKey = "run.headed")
  boolean headed;

  @Option(names = "--dry-run", descriptionKey = "run.dryRun")
  boolean dryRun;

  @Option(names = "--runs", paramLabel = "DIR", defaultValue = "runs", descriptionKey = "run.runs")
  Path runsDir;

  @Option(names = "--retries", paramLabel = "N", defaultValue = "3", descriptionKey = "run.retries")
  int retries;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      descriptionKey = "run.timeout")
  int timeoutSeconds;

  @Override
  public Integer call() {
    Flow flow;
    try {
      FlowResolver resolver = FlowResolver.directory(flowFile.toAbsolutePath().getParent());
      flow = FlowParser.create().withResolver(resolver).parse(flowFile);
    } catch (FlowValidationException e) {
      System.err.println(Messages.get("cli.invalid", flowFile));
      e.problems().forEach(p -> System.err.println("  " + p));
      return RpaCli.USAGE;
    }
    BrowserDriver.Kind kind = BrowserDriver.Kind.parse(driver);
    LocalQueueRun fromQueue = null;
    if (input == null && flow.input() instanceof FlowInput.Queue q) {
      LocalQueues queues =
          new LocalQueues(RunOptions.defaults().workDir().resolve("queues"), Clock.systemUTC());
      fromQueue =
          dryRun
              ? LocalQueueRun.peek(queues, q.queue())
              : LocalQueueRun.take(
                  queues, q.queue(), ProcessHandle.current().pid() + "@" + Instant.now());
      System.out.println(fromQueue.source().describe());
    }
    ListSource source = fromQueue != null ? fromQueue.source() : source(flow);
    Map<String, String> env = System.getenv();
    CredentialProvider credentials =
        flow.credentialNames().isEmpty()
            ? name -> Optional.empty()
            : VaultCommand.openVault(env, false);
    RunOptions options =
        RunOptions.defaults()
            .withWorkers(workers)
            .withRunsDir(runsDir)
            .withRetries(retries, Duration.ofSeconds(1))
            .withStepTimeout(Duration.ofSeconds(timeoutSeconds));
    if (dryRun) {
      return DryRun.check(flow, source, credentials, options);
    }
    DriverOptions driverOptions =
        DriverOptions.defaults()
            .withHeadless(!headed)
            .withTimeout(Duration.ofSeconds(timeoutSeconds));
    try (BrowserDriver browser = BrowserDriver.start(kind, driverOptions)) {
      FlowRunner runner =
          new FlowRunner(
              flow,
              options,
              credentials,
              browser,
              FlowResolver.directory(flowFile.toAbsolutePath().getParent()));
      if (runner.effectiveWorkers() < workers) {
        System.out.println(Messages.get("cli.workersCapped", workers, runner.effectiveWorkers()));
      }
      RunSummary summary = runWithCtrlC(runner, source);
      if (fromQueue != null) {
        // a run that ended without a summary leaves its items taken: the next run after
        // LocalQueues.STALE takes them again
        fromQueue.report(summary);
      }
      System.out.println(Messages.get("cli.report", summary.runDir().resolve(HtmlReport.FILE)));
      System.out.println(Messages.get("cli.result", summary.resultXlsx(), summary.resultCsv()));
      System.out.println(Messages.get("cli.journal", summary.runDir().resolve(JournalWriter.FILE)));
      if (summary.stopped()) {
        return RpaCli.STOPPED;
      }
      return summary.failed() == 0 ? 0 : RpaCli.ITEMS_FAILED;
    }
  }

  /**
   * Ctrl-C asks the runner to stop after the current step and waits (a while) for the journal to be
   * written.
   */
  private static RunSummary runWithCtrlC(FlowRunner runner, ListSource source) {
    CountDownLatch done = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              System.out.println();
              System.out.println(Messages.get("cli.stopping"));
              runner.stop();
              try {
                done.await(60, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "rpa-ctrl-c");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return runner.run(source, ConsoleProgress.forConsole());
    } finally {
      done.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it was Ctrl-C
      }
    }
  }

  private ListSource source(Flow flow) {
    Map<String, String> fields = Inputs.parseSets(sets);
    if (input != null) {
      return Inputs.fromFile(input, flow.input(), fields);
    }
    if (flow.input() instanceof FlowInput.File f) {
      throw new IllegalArgumentException(
          Messages.get("cli.needsInput", f.format().name().toLowerCase()));
    }
    return Inputs.fromFields(fields, flow.input());
  }
}
