package io.workforce.runtime.assistant.run;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import io.workforce.flows.FlowValidationException;
import io.workforce.protocol.CredentialSecret;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.DriverOptions;
import io.workforce.runtime.RpaException;
import io.workforce.runtime.assistant.Texts;
import io.workforce.runtime.assistant.api.ApiException;
import io.workforce.runtime.assistant.api.AssistantApi;
import io.workforce.runtime.assistant.api.Dtos.AttendedRun;
import io.workforce.runtime.engine.FlowRunner;
import io.workforce.runtime.engine.RunOptions;
import io.workforce.runtime.engine.RunSummary;
import io.workforce.runtime.input.InputException;
import io.workforce.runtime.input.Inputs;
import io.workforce.runtime.input.ListSource;
import io.workforce.runtime.journal.HtmlReport;
import io.workforce.runtime.vault.Credential;
import java.nio.file.Path;
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
              try {
                run(listener);
              } catch (ApiException e) {
                listener.failed(e.details());
              } catch (FlowValidationException e) {
                listener.failed(Texts.get("run.badFlow", flowName, e.problems().get(0)));
              } catch (InputException | RpaException e) {
                listener.failed(e.getMessage());
              } catch (RuntimeException e) {
                listener.failed(
                    Texts.get(
                        "run.broke", e.getClass().getSimpleName(), String.valueOf(e.getMessage())));
              }
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
        RunOptions.defaults().withRunsDir(settings.runsDir()).withEnv(settings.env());
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
      listener.finished(result(summary, progress.labels()));
    } finally {
      secrets.clear();
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
