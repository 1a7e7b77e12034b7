package io.workforce.runtime.assistant.run;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import io.workforce.flows.FlowValidationException;
import io.workforce.protocol.CredentialSecret;
import io.workforce.protocol.FailureKind;
import io.workforce.protocol.ItemResult;
import io.workforce.protocol.JobUpdate;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.DriverOptions;
import io.workforce.runtime.RpaException;
import io.workforce.runtime.Secrets;
import io.workforce.runtime.assistant.Texts;
import io.workforce.runtime.assistant.api.ApiException;
import io.workforce.runtime.assistant.api.AssistantApi;
import io.workforce.runtime.assistant.api.Dtos.AttendedRun;
import io.workforce.runtime.engine.FlowEnvironment;
import io.workforce.runtime.engine.FlowRunner;
import io.workforce.runtime.engine.RunOptions;
import io.workforce.runtime.engine.RunSummary;
import io.workforce.runtime.input.InputException;
import io.workforce.runtime.input.Inputs;
import io.workforce.runtime.input.ListSource;
import io.workforce.runtime.input.WorkItem;
import io.workforce.runtime.journal.HtmlReport;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.runtime.robot.ItemReports;
import io.workforce.runtime.vault.Credential;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An attended run here on the clerk's machine: the flow's live version and its credentials come
 * from the orchestrator (an audited checkout for this run only, kept in memory and dropped at the
 * end), the runtime runs it with a browser the clerk can watch, and the journal and HTML report are
 * written locally.
 */
public final class DesktopRun implements RunControl {

  private final AssistantApi api;
  private final String flowName;
  private final Map<String, Object> inputs;
  private final String spreadsheetField;
  private final DesktopSettings settings;
  private volatile FlowRunner runner;
  private volatile boolean cancelled;

  /** The orchestrator's job of this attended run, once it is known (null: it keeps none). */
  private volatile Long jobId;

  /**
   * @param inputs the form's values (typed); the one named {@code spreadsheetField} (or null) is a
   *     local path
   */
  public DesktopRun(
      AssistantApi api,
      String flowName,
      Map<String, Object> inputs,
      String spreadsheetField,
      DesktopSettings settings) {
    this.api = api;
    this.flowName = flowName;
    this.inputs = inputs;
    this.spreadsheetField = spreadsheetField;
    this.settings = settings;
  }

  @Override
  public void start(RunListener listener) {
    Thread t =
        new Thread(
            () -> {
              String failure;
              try {
                run(listener);
                return;
              } catch (ApiException e) {
                failure = e.details();
              } catch (FlowValidationException e) {
                failure = Texts.get("run.badFlow", flowName, e.problems().get(0));
              } catch (InputException | RpaException e) {
                failure = e.getMessage();
              } catch (RuntimeException e) {
                failure =
                    Texts.get(
                        "run.broke", e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
              }
              endAttended(
                  JobUpdate.failed(
                      FailureKind.SYSTEM, failure == null ? null : Secrets.mask(failure)));
              listener.failed(failure);
            },
            "assistant-desktop-run");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void cancel() {
    cancelled = true;
    FlowRunner r = runner;
    if (r != null) {
      r.stop();
    }
  }

  private void run(RunListener listener) {
    AttendedRun attended = api.attendedRun(flowName);
    jobId = attended.jobId();
    String source = attended.source();
    Flow flow =
        FlowParser.create()
            .parse(flowName + (source.stripLeading().startsWith("{") ? ".json" : ".yaml"), source);
    Map<String, Credential> secrets = new ConcurrentHashMap<>();
    for (CredentialSecret s : attended.credentials()) {
      secrets.put(
          s.name(),
          new Credential(
              s.name(), s.username(), s.secret(), s.fields() == null ? Map.of() : s.fields()));
    }
    ListSource items = items(flow, attended.fixedInputs());
    RunOptions options =
        RunOptions.defaults()
            .withRunsDir(settings.runsDir())
            .withEnv(FlowEnvironment.withSettings(settings.env(), attended.settings()));
    DesktopProgress progress = new DesktopProgress(listener, new Eta(settings.clock(), null));
    try (BrowserDriver browser =
        BrowserDriver.start(
            BrowserDriver.Kind.PLAYWRIGHT,
            DriverOptions.defaults().withHeadless(settings.headless()))) {
      FlowRunner r =
          new FlowRunner(
              flow, options, name -> Optional.ofNullable(secrets.get(name)), browser, null);
      runner = r;
      if (cancelled) {
        r.stop();
      }
      RunSummary summary = r.run(items, progress);
      reportAttended(items, summary);
      listener.finished(result(summary, progress.labels()));
    } finally {
      secrets.clear();
    }
  }

  /**
   * Tells the orchestrator what this attended run did, like a robot would: every item that ended
   * (outcome, inputs, outputs, masked) and the run's end, so that it is a run there too (the
   * clerk's page, the overview, time saved). A refusal does not undo the run: it is shown here.
   */
  private void reportAttended(ListSource items, RunSummary summary) {
    Long id = jobId;
    if (id == null) {
      return;
    }
    Instant at = settings.clock().instant();
    List<ItemResult> ended = new ArrayList<>();
    for (WorkItem item : items.items()) {
      io.workforce.runtime.input.ItemResult r = summary.results().get(item.index());
      if (r != null && r.status() != ItemStatus.STOPPED) {
        ended.add(ItemReports.of(item, r, at));
      }
    }
    for (int from = 0; from < ended.size(); from += 500) {
      api.reportAttendedItems(id, ended.subList(from, Math.min(ended.size(), from + 500)));
    }
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("total", ended.size());
    counts.put("successful", summary.ok());
    counts.put("failed", summary.failed());
    endAttended(
        summary.stopped()
            ? JobUpdate.cancelled(Texts.get("run.cancelledHere"))
            : JobUpdate.succeeded(counts));
  }

  private void endAttended(JobUpdate end) {
    Long id = jobId;
    if (id == null) {
      return;
    }
    try {
      api.endAttendedRun(id, end);
    } catch (ApiException e) {
      // the run happened here all the same; the orchestrator keeps it RUNNING until told
    }
  }

  private ListSource items(Flow flow, Map<String, Object> fixed) {
    Map<String, String> fields = new LinkedHashMap<>();
    fixed.forEach((k, v) -> fields.put(k, String.valueOf(v)));
    inputs.forEach(
        (k, v) -> {
          if (!k.equals(spreadsheetField)) {
            fields.put(
                k, v instanceof java.math.BigDecimal d ? d.toPlainString() : String.valueOf(v));
          }
        });
    Object sheet = spreadsheetField == null ? null : inputs.get(spreadsheetField);
    return sheet == null
        ? Inputs.fromFields(fields, flow.input())
        : Inputs.fromFile(Path.of(sheet.toString()), flow.input(), fields);
  }

  private static RunResult result(RunSummary summary, Map<Integer, String> labels) {
    List<RunResult.Row> rows =
        summary.results().entrySet().stream()
            .map(
                e ->
                    new RunResult.Row(
                        labels.getOrDefault(e.getKey(), String.valueOf(e.getKey())),
                        e.getValue().status(),
                        e.getValue().reason(),
                        e.getValue().outputs()))
            .toList();
    RunResult.Outcome outcome =
        summary.stopped() ? RunResult.Outcome.CANCELLED : RunResult.Outcome.SUCCEEDED;
    Map<String, Object> outputs = new LinkedHashMap<>();
    outputs.put("total", rows.size());
    outputs.put("successful", summary.ok());
    outputs.put("failed", summary.failed());
    return new RunResult(
        outcome,
        summary.stopped() ? Texts.get("run.cancelledHere") : null,
        outputs,
        rows,
        summary.runDir().resolve(HtmlReport.FILE).toUri(),
        "desktop",
        summary.table());
  }
}
