package io.workforce.runtime.robot;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowInput;
import io.workforce.flows.FlowValidationException;
import io.workforce.protocol.FailureKind;
import io.workforce.protocol.ItemOutcome;
import io.workforce.protocol.ItemResult;
import io.workforce.protocol.JobState;
import io.workforce.protocol.JobUpdate;
import io.workforce.protocol.WorkAssignment;
import io.workforce.protocol.client.OrchestratorException;
import io.workforce.runtime.Secrets;
import io.workforce.runtime.engine.FlowEnvironment;
import io.workforce.runtime.engine.FlowRunner;
import io.workforce.runtime.engine.RunSummary;
import io.workforce.runtime.input.InputException;
import io.workforce.runtime.input.WorkItem;
import io.workforce.runtime.input.WorkSource;
import io.workforce.runtime.journal.ConsoleProgress;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.runtime.journal.RunEventSink;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs one job with the runtime's {@link FlowRunner}, exactly as {@code ./rpa run} would, except
 * for where items (the job's queue, uploaded file or form), credentials (checked out for the job)
 * and events (uploaded) come from and go to. Reports RUNNING, then how the job ended. Stops after
 * the current step when the job is stopped on request; on shutdown lets the item in hand finish
 * (for the grace period) and takes no other.
 */
final class JobRunner {

  private final RobotSession robot;
  private final WorkAssignment job;
  private final Runnable askForStops;
  private volatile FlowRunner runner;
  private volatile JobSource source;
  private volatile QueueWorkSource queue;
  private volatile boolean stopRequested;
  private volatile boolean shutdown;

  /**
   * @param askForStops one heartbeat now, which brings the stops someone asked for (see {@link
   *     Heartbeats})
   */
  JobRunner(RobotSession robot, WorkAssignment job, Runnable askForStops) {
    this.robot = robot;
    this.job = job;
    this.askForStops = askForStops;
  }

  long jobId() {
    return job.jobId();
  }

  /** Someone stopped the job: stop after the current step. */
  void stopRequested() {
    stopRequested = true;
    FlowRunner r = runner;
    if (r != null) {
      r.stop();
    }
  }

  /**
   * The robot shuts down: take no new item, let the one in hand finish for {@code grace}, then stop
   * after the step.
   */
  void shutdown(Duration grace) {
    shutdown = true;
    JobSource s = source;
    if (s != null) {
      s.stopTaking();
    }
    robot
        .scheduler()
        .schedule(
            () -> {
              FlowRunner r = runner;
              if (r != null) {
                r.stop();
              }
            },
            grace.toMillis(),
            TimeUnit.MILLISECONDS);
  }

  /** Runs the job to its end and reports it; never throws for a problem of the job itself. */
  void run() {
    say(
        "job.received",
        job.jobId(),
        job.flowName(),
        job.flowVersion(),
        job.startedBy() == null ? "-" : job.startedBy());
    try {
      robot.retrying(
          "job " + job.jobId() + " RUNNING",
          () -> robot.client().updateJob(job.jobId(), JobUpdate.running()));
    } catch (OrchestratorException e) {
      say("job.gone", job.jobId(), e.getMessage());
      return;
    }
    JobUpdate end;
    try {
      end = execute();
    } catch (FlowValidationException e) {
      end =
          JobUpdate.failed(
              FailureKind.SYSTEM,
              RobotMessages.get(
                  "job.badflow",
                  job.flowName(),
                  job.flowVersion(),
                  e.problems().stream().map(Object::toString).collect(Collectors.joining("; "))));
    } catch (InputException e) {
      end = JobUpdate.failed(FailureKind.BUSINESS, Secrets.mask(e.getMessage()));
    } catch (RuntimeException e) {
      end =
          JobUpdate.failed(
              FailureKind.SYSTEM, Secrets.mask(RobotMessages.get("job.error", describe(e))));
    }
    report(stoppedMeanwhile(end));
  }

  /**
   * A stop asked for while the robot starts a job reaches it with the next heartbeat, but the
   * orchestrator refuses the job's credentials and queue items at once: the job then fails for want
   * of them, or ends early with nothing done. Before reporting such an end, ask (one heartbeat
   * now): a job someone stopped ends CANCELLED.
   */
  private JobUpdate stoppedMeanwhile(JobUpdate end) {
    QueueWorkSource q = queue;
    boolean refused = q != null && q.refused();
    if (stopRequested || (end.state() != JobState.FAILED && !refused)) {
      return end;
    }
    askForStops.run();
    return stopRequested ? JobVerdict.cancelled(end) : end;
  }

  private JobUpdate execute() {
    Flow flow = robot.flows().get(job);
    OrchestratorCredentials credentials =
        new OrchestratorCredentials(robot.client(), job.jobId(), robot.patience());
    WorkSource items =
        JobInputs.of(
            flow,
            job,
            robot.client(),
            robot.options().filesDir(),
            name ->
                queue =
                    new QueueWorkSource(
                        robot.client(),
                        job.jobId(),
                        name,
                        robot.options().lease(),
                        robot.scheduler(),
                        robot.patience(),
                        robot.options().clock(),
                        robot::skew));
    JobSource jobSource = new JobSource(items, robot.options().clock());
    EventUploader uploader =
        new EventUploader(
            robot.outbox(),
            job.jobId(),
            robot.options().runsDir(),
            robot.scheduler(),
            Duration.ofSeconds(1));
    FlowRunner flowRunner =
        new FlowRunner(
                flow,
                robot
                    .runOptions()
                    .withEnv(
                        FlowEnvironment.withSettings(robot.runOptions().env(), job.settings())),
                credentials,
                robot.driver(),
                null)
            .withQueues(new OrchestratorQueues(robot.client(), job.jobId(), robot.patience()));
    source = jobSource;
    runner = flowRunner;
    if (shutdown) {
      jobSource.stopTaking();
    }
    if (stopRequested) {
      flowRunner.stop();
    }
    try {
      RunSummary summary =
          flowRunner.run(
              jobSource,
              RunEventSink.all(
                  List.of(
                      uploader, new ConsoleProgress(System.out, false, robot.options().clock()))));
      List<JobSource.Ended> ended = jobSource.ended();
      reportItems(flow, ended);
      JobVerdict.Interruption why =
          stopRequested
              ? JobVerdict.Interruption.STOP_REQUESTED
              : shutdown && (jobSource.cutShort() || summary.stopped())
                  ? JobVerdict.Interruption.ROBOT_SHUTDOWN
                  : JobVerdict.Interruption.NONE;
      return JobVerdict.of(
          ended.stream().map(JobSource.Ended::result).toList(),
          JobInputs.oneItem(flow),
          why,
          summary.runId());
    } finally {
      uploader.close();
      credentials.forget();
      jobSource.close();
    }
  }

  /**
   * Items that did not come from a queue are kept and counted by the orchestrator from this report:
   * each with its outcome, reason, inputs and outputs (for the run's page, report and result file).
   */
  private void reportItems(Flow flow, List<JobSource.Ended> ended) {
    if (flow.input() instanceof FlowInput.Queue) {
      return;
    }
    List<ItemResult> results =
        ended.stream()
            .filter(e -> e.result().status() != ItemStatus.STOPPED)
            .map(e -> itemResult(e.item(), e.result(), e.at()))
            .toList();
    if (results.isEmpty()) {
      return;
    }
    try {
      robot.retrying(
          "items of job " + job.jobId(), () -> robot.client().reportItems(job.jobId(), results));
    } catch (OrchestratorException e) {
      say("job.itemsRefused", job.jobId(), e.getMessage());
    }
  }

  /** One ended item as the protocol carries it, every text masked. */
  static ItemResult itemResult(
      WorkItem item, io.workforce.runtime.input.ItemResult result, Instant at) {
    return ItemReports.of(item, result, at);
  }

  private void report(JobUpdate end) {
    try {
      robot.retrying(
          "job " + job.jobId() + " " + end.state(),
          () -> robot.client().updateJob(job.jobId(), end));
      say("job.ended", job.jobId(), end.state(), end.message() == null ? "" : end.message());
    } catch (OrchestratorException e) {
      // e.g. the orchestrator failed the job meanwhile (it thought this robot lost)
      say("job.endRefused", job.jobId(), end.state(), e.getMessage());
    }
  }

  /** The protocol's outcome of an item that ended (a stopped one is not reported). */
  static ItemOutcome outcome(ItemStatus status) {
    return ItemReports.outcome(status);
  }

  private static String describe(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void say(String key, Object... args) {
    System.out.println(Secrets.mask(RobotMessages.get(key, args)));
  }
}
