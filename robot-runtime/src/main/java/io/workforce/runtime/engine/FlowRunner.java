package io.workforce.runtime.engine;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowResolver;
import io.workforce.flows.SystemDef;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.BrowserSession;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.input.ListSource;
import io.workforce.runtime.input.WorkItem;
import io.workforce.runtime.input.WorkSource;
import io.workforce.runtime.journal.HtmlReport;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.runtime.journal.JournalWriter;
import io.workforce.runtime.journal.RunEvent;
import io.workforce.runtime.journal.RunEventSink;
import io.workforce.runtime.queue.WorkQueues;
import io.workforce.runtime.result.ResultFiles;
import io.workforce.runtime.result.ResultTable;
import io.workforce.runtime.result.RunResults;
import io.workforce.runtime.vault.Credential;
import io.workforce.runtime.vault.CredentialProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a flow over the items of a {@link WorkSource}: {@code N} workers (threads), each with its
 * own logged-in browser sessions in contexts of one browser, write a journal and an HTML report
 * into {@code runs/<run-id>/} and tell the given sink (console, orchestrator) what happens.
 *
 * <p>Standalone and robot mode differ only in what is passed in: the work source, the credential
 * provider and the extra event sink. The caller owns the driver (one per process).
 */
public final class FlowRunner {

  private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final Flow flow;
  private final RunOptions options;
  private final CredentialProvider credentials;
  private final BrowserDriver driver;
  private final FlowResolver resolver;
  private final AtomicBoolean stop = new AtomicBoolean();
  private volatile WorkQueues queues;

  /**
   * @param resolver finds the flows that {@code call:} steps name (null = {@code call} fails)
   */
  public FlowRunner(
      Flow flow,
      RunOptions options,
      CredentialProvider credentials,
      BrowserDriver driver,
      FlowResolver resolver) {
    this.flow = flow;
    this.options = options;
    this.credentials = credentials;
    this.driver = driver;
    this.resolver = resolver;
  }

  /**
   * Where the flow's {@code enqueue} steps add items: a robot passes the orchestrator; without it
   * they go to the local store {@code queues/} in the working directory.
   */
  public FlowRunner withQueues(WorkQueues value) {
    this.queues = value;
    return this;
  }

  /**
   * Asks the run to stop after the step each worker is running (Ctrl-C); the journal is still
   * written.
   */
  public void stop() {
    stop.set(true);
  }

  /**
   * Workers the run will use: the wish, capped by the smallest {@code max_sessions} of the flow's
   * systems.
   */
  public int effectiveWorkers() {
    int cap =
        flow.systems().values().stream()
            .mapToInt(SystemDef::maxSessions)
            .min()
            .orElse(Integer.MAX_VALUE);
    return Math.max(1, Math.min(options.workers(), cap));
  }

  /**
   * Runs every item and returns when all have ended (or a stop was requested).
   *
   * @throws io.workforce.runtime.vault.CredentialMissingException before anything runs, when a
   *     credential is missing
   * @throws PreflightException before anything runs, when a system of the flow has no address or
   *     its log-in page does not answer ({@link Preflight})
   */
  public RunSummary run(WorkSource source, RunEventSink extra) {
    Map<String, BrowserSession> checked = Preflight.check(flow, options, driver);
    Map<String, Credential> creds = new LinkedHashMap<>();
    for (String name : flow.credentialNames()) {
      creds.put(name, credentials.get(name));
    }
    Instant started = options.clock().instant();
    String runId =
        ID_TIME.format(started.atZone(ZoneId.systemDefault())) + "-" + flow.name() + "-" + suffix();
    Path runDir = createRunDir(runId);
    List<RunEventSink> sinks =
        new ArrayList<>(List.of(new JournalWriter(runDir), new HtmlReport(runDir)));
    if (extra != null) {
      sinks.add(extra);
    }
    RunEventSink sink = RunEventSink.all(sinks);
    int workers = effectiveWorkers();
    Map<Integer, ItemResult> results = new ConcurrentHashMap<>();
    Map<Integer, WorkItem> seen = new ConcurrentHashMap<>();
    try (RunContext run =
        new RunContext(
            flow,
            options,
            driver,
            creds,
            sink,
            runId,
            runDir,
            resolver,
            stop,
            source.total().isPresent() ? source.total().getAsInt() : null,
            queues,
            checked)) {
      sink.accept(
          new RunEvent.RunStarted(
              started,
              runId,
              flow.name(),
              flow.version(),
              RunOptions.describe(driver),
              workers,
              source.total().isPresent() ? source.total().getAsInt() : null,
              source.describe()));
      runWorkers(run, source, results, seen, workers);
      ResultTable table = RunResults.table(flow, items(source, seen), results);
      ResultFiles.writeBoth(table, runDir);
      long millis = Duration.between(started, options.clock().instant()).toMillis();
      sink.accept(
          new RunEvent.RunFinished(
              options.clock().instant(), runId, counts(results), millis, stop.get()));
      return new RunSummary(
          runId, runDir, new TreeMap<>(results), workers, millis, stop.get(), table);
    } finally {
      sink.close();
    }
  }

  /**
   * Every item of the run: all of a list's (also those a stop left untouched), else those handed
   * out.
   */
  private static List<WorkItem> items(WorkSource source, Map<Integer, WorkItem> seen) {
    if (source instanceof ListSource list) {
      return list.items();
    }
    return new TreeMap<>(seen).values().stream().toList();
  }

  private void runWorkers(
      RunContext run,
      WorkSource source,
      Map<Integer, ItemResult> results,
      Map<Integer, WorkItem> seen,
      int workers) {
    List<Thread> threads = new ArrayList<>();
    for (int i = 1; i < workers; i++) {
      Thread t = new Thread(new Worker(run, source, results, seen, true), "rpa-worker-" + (i + 1));
      threads.add(t);
      t.start();
    }
    // worker 1 is the calling thread: its browser stays for the caller's next run (the driver
    // closes it)
    new Worker(run, source, results, seen, false).run();
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        stop.set(true);
        Thread.currentThread().interrupt();
      }
    }
  }

  private static Map<ItemStatus, Integer> counts(Map<Integer, ItemResult> results) {
    Map<ItemStatus, Integer> counts = new EnumMap<>(ItemStatus.class);
    results.values().forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    return counts;
  }

  private Path createRunDir(String runId) {
    try {
      return Files.createDirectories(options.runsDir().resolve(runId).resolve("screenshots"))
          .getParent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String suffix() {
    return Integer.toHexString(0x1000 + new SecureRandom().nextInt(0xF000));
  }
}
