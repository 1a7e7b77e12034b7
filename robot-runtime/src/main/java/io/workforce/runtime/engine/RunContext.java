package io.workforce.runtime.engine;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowResolver;
import io.workforce.flows.SystemDef;
import io.workforce.flows.expr.Expressions;
import io.workforce.ocr.OcrEngine;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.BrowserSession;
import io.workforce.runtime.journal.RunEvent;
import io.workforce.runtime.journal.RunEventSink;
import io.workforce.runtime.queue.LocalQueues;
import io.workforce.runtime.queue.WorkQueues;
import io.workforce.runtime.vault.Credential;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** What every worker of one run shares. Thread-safe. */
final class RunContext implements AutoCloseable {

  final Flow flow;
  final RunOptions options;
  final BrowserDriver driver;
  final Map<String, Credential> credentials;
  final RunEventSink sink;
  final String runId;
  final Path runDir;
  final Expressions expressions;
  final FlowResolver resolver;
  final AtomicBoolean stop;

  /** How many items the run has, or null when the source does not know (a queue). */
  final Integer total;

  final Map<String, SystemDef> systems = new ConcurrentHashMap<>();
  private final Set<String> envNames = ConcurrentHashMap.newKeySet();
  private volatile OcrEngine ocr;
  private volatile HttpClient http;
  private final WorkQueues queues;

  /** Sessions the pre-flight check left on each system's log-in page, for the calling thread. */
  private final Map<String, BrowserSession> checked;

  private final Thread caller = Thread.currentThread();

  RunContext(
      Flow flow,
      RunOptions options,
      BrowserDriver driver,
      Map<String, Credential> credentials,
      RunEventSink sink,
      String runId,
      Path runDir,
      FlowResolver resolver,
      AtomicBoolean stop,
      Integer total,
      WorkQueues queues,
      Map<String, BrowserSession> checked) {
    this.flow = flow;
    this.options = options;
    this.driver = driver;
    this.credentials = credentials;
    this.sink = sink;
    this.runId = runId;
    this.runDir = runDir;
    this.expressions = Expressions.create(options.clock());
    this.resolver = resolver;
    this.stop = stop;
    this.total = total;
    this.queues =
        queues != null
            ? queues
            : new LocalQueues(options.workDir().resolve("queues"), options.clock());
    systems.putAll(flow.systems());
    envNames.addAll(flow.environment());
    this.checked = new ConcurrentHashMap<>(checked);
  }

  /**
   * The session the pre-flight check opened on {@code system}'s log-in page, once, to the worker on
   * the thread that started the run (a browser session stays on the thread that made it).
   */
  BrowserSession takeChecked(String system) {
    return Thread.currentThread() == caller ? checked.remove(system) : null;
  }

  /**
   * Takes in a flow that {@code call} runs: its systems, and the environment variables it names.
   */
  void include(Flow called) {
    called.systems().forEach(systems::putIfAbsent);
    envNames.addAll(called.environment());
  }

  /**
   * What {@code ${env.X}} reads in this run: the variables that its flows name (each flow can only
   * read the names it writes, so sharing the set between a flow and the flows it calls widens
   * nothing).
   */
  Map<String, String> env() {
    return FlowEnvironment.of(envNames, options.env());
  }

  /** {@code ${run.…}}: the run's id, its directory (absolute) and how many items it has. */
  Map<String, Object> variables() {
    Map<String, Object> vars = new java.util.LinkedHashMap<>();
    vars.put("id", runId);
    vars.put("dir", runDir.toAbsolutePath().toString());
    vars.put("items", total);
    return vars;
  }

  Instant now() {
    return options.clock().instant();
  }

  void emit(RunEvent event) {
    sink.accept(event);
  }

  /**
   * The OCR engine pool, started on first use (Tesseract is loaded only by flows that read images).
   */
  OcrEngine ocr() {
    if (ocr == null) {
      synchronized (this) {
        if (ocr == null) {
          ocr = OcrEngine.pool();
        }
      }
    }
    return ocr;
  }

  /** Where {@code enqueue} adds: the orchestrator for a robot's job, else the local store. */
  WorkQueues queues() {
    return queues;
  }

  HttpClient http() {
    if (http == null) {
      synchronized (this) {
        if (http == null) {
          http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        }
      }
    }
    return http;
  }

  /**
   * A file a step reads: absolute, or relative to the run directory when the run has it (a file it
   * wrote or downloaded), else to the work directory (the files handed in).
   */
  Path file(String path) {
    Path p = Path.of(path);
    if (p.isAbsolute()) {
      return p;
    }
    Path ours = runDir.resolve(p);
    return Files.exists(ours) ? ours : options.workDir().resolve(p);
  }

  /**
   * A file a step writes: absolute, or relative to the run directory, so that two runs never
   * overwrite each other's files.
   */
  Path output(String path) {
    Path p = Path.of(path);
    return p.isAbsolute() ? p : runDir.resolve(p);
  }

  /** Tells the journal and the report that a step wrote {@code file}. */
  void wrote(ItemContext ctx, io.workforce.flows.step.Step step, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path dir = runDir.toAbsolutePath().normalize();
    String shown =
        abs.startsWith(dir) ? dir.relativize(abs).toString().replace('\\', '/') : abs.toString();
    emit(new RunEvent.FileWritten(now(), ctx.item.index(), ctx.path(step), shown));
  }

  @Override
  public void close() {
    checked.values().forEach(BrowserSession::close);
    checked.clear();
    if (ocr != null) {
      ocr.close();
    }
  }
}
