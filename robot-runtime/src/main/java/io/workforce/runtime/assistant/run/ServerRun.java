package io.workforce.runtime.assistant.run;

import io.workforce.protocol.EventKind;
import io.workforce.protocol.JobState;
import io.workforce.protocol.StepEvent;
import io.workforce.runtime.assistant.Texts;
import io.workforce.runtime.assistant.api.ApiException;
import io.workforce.runtime.assistant.api.AssistantApi;
import io.workforce.runtime.assistant.api.Dtos.Job;
import io.workforce.runtime.assistant.api.Dtos.JobItem;
import io.workforce.runtime.journal.ItemStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A run on the orchestrator's robots (unattended): uploads the spreadsheet, starts the job, then
 * follows it (state, finished items, the latest step) until it ends. Cancel asks the orchestrator
 * to stop it.
 */
public final class ServerRun implements RunControl {

  private final AssistantApi api;
  private final String flow;
  private final Map<String, Object> inputs;
  private final List<String> fileFields;
  private final Eta eta;
  private final Duration poll;
  private final AtomicBoolean cancel = new AtomicBoolean();
  private volatile Long jobId;

  /**
   * @param inputs the form's values; those named in {@code fileFields} are local paths, uploaded
   *     first
   * @param typicalRun how long a robot run took lately (for the estimate before the first item), or
   *     null
   */
  public ServerRun(
      AssistantApi api,
      String flow,
      Map<String, Object> inputs,
      List<String> fileFields,
      Clock clock,
      Duration typicalRun,
      Duration poll) {
    this.api = api;
    this.flow = flow;
    this.inputs = inputs;
    this.fileFields = List.copyOf(fileFields);
    this.eta = new Eta(clock, typicalRun);
    this.poll = poll;
  }

  @Override
  public void start(RunListener listener) {
    Thread t =
        new Thread(
            () -> {
              try {
                follow(listener);
              } catch (ApiException e) {
                listener.failed(e.details());
              }
            },
            "assistant-server-run");
    t.setDaemon(true);
    t.start();
  }

  @Override
  public void cancel() {
    cancel.set(true);
  }

  /** The orchestrator's job id once started, else null. */
  public Long jobId() {
    return jobId;
  }

  private void follow(RunListener listener) {
    Map<String, Object> sent = new LinkedHashMap<>(inputs);
    int total = fileFields.isEmpty() ? 1 : -1;
    for (String field : fileFields) {
      Object path = sent.get(field);
      if (path != null) {
        var uploaded = api.upload(Path.of(path.toString()));
        sent.put(field, uploaded.id());
        total = uploaded.dataRows() == null ? -1 : uploaded.dataRows();
      }
    }
    Job job = api.start(flow, sent);
    jobId = job.id();
    long seq = 0;
    int ended = 0;
    int endedFailed = 0;
    String step = Texts.get("run.waitingForRobot");
    boolean stopAsked = false;
    while (true) {
      if (cancel.get() && !stopAsked) {
        stopAsked = askToStop(job.id());
      }
      job = api.job(job.id());
      for (StepEvent e : api.events(job.id(), seq)) {
        seq = Math.max(seq, e.seq());
        if (e.kind() == EventKind.STEP_START) {
          step = e.step() + (e.message() == null ? "" : "  " + e.message());
        } else if (e.kind() == EventKind.ITEM_END) {
          // rows end as events while the robot works; the job's item list is complete only at its
          // end
          ended++;
          endedFailed +=
              "business_error".equals(e.outcome()) || "system_error".equals(e.outcome()) ? 1 : 0;
        }
      }
      List<JobItem> items = api.items(job.id());
      int failed = (int) items.stream().filter(i -> status(i.outcome()).failed()).count();
      if (job.state() == JobState.PENDING || job.state() == JobState.ASSIGNED) {
        step = Texts.get("run.waitingForRobot");
      }
      int done = Math.max(items.size(), ended);
      listener.progress(
          new Progress(done, Math.max(failed, endedFailed), total, step, eta.left(done, total)));
      if (job.state().isFinal()) {
        listener.finished(result(job, items));
        return;
      }
      sleep(poll);
    }
  }

  /**
   * True once the orchestrator took the stop; a refusal (it moved on meanwhile) is tried again next
   * round.
   */
  private boolean askToStop(long id) {
    try {
      api.stop(id);
      return true;
    } catch (ApiException e) {
      if (e.kind() == ApiException.Kind.REFUSED) {
        return false;
      }
      throw e;
    }
  }

  private RunResult result(Job job, List<JobItem> items) {
    RunResult.Outcome outcome =
        switch (job.state()) {
          case SUCCEEDED -> RunResult.Outcome.SUCCEEDED;
          case CANCELLED -> RunResult.Outcome.CANCELLED;
          default -> RunResult.Outcome.FAILED;
        };
    List<RunResult.Row> rows =
        items.stream()
            .map(
                i ->
                    new RunResult.Row(
                        rowLabel(i.reference()), status(i.outcome()), i.reason(), i.output()))
            .toList();
    return new RunResult(
        outcome, job.failureMessage(), job.result(), rows, api.runPage(job.id()), "robot");
  }

  /**
   * The runtime's status for an orchestrator item outcome; one this assistant does not know counts
   * as failed, so that it is looked at rather than passed over.
   */
  static ItemStatus status(String outcome) {
    if (outcome == null) {
      return ItemStatus.SYSTEM_FAILED;
    }
    return switch (outcome) {
      case "SUCCESSFUL" -> ItemStatus.SUCCEEDED;
      case "UNCHANGED" -> ItemStatus.UNCHANGED;
      case "BUSINESS_FAILED" -> ItemStatus.BUSINESS_FAILED;
      default -> ItemStatus.SYSTEM_FAILED;
    };
  }

  /**
   * A spreadsheet row's reference ({@code <file>:<row>}, the robot's copy of the upload) as "第 N
   * 行".
   */
  static String rowLabel(String reference) {
    int colon = reference == null ? -1 : reference.lastIndexOf(':');
    if (colon >= 0 && reference.substring(colon + 1).matches("\\d+")) {
      return Texts.get("result.row", reference.substring(colon + 1));
    }
    return reference;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
