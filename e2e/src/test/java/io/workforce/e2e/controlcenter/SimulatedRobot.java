package io.workforce.e2e.controlcenter;

import io.workforce.protocol.Capabilities;
import io.workforce.protocol.EnrolRequest;
import io.workforce.protocol.EnrolResponse;
import io.workforce.protocol.EventKind;
import io.workforce.protocol.FailureKind;
import io.workforce.protocol.Heartbeat;
import io.workforce.protocol.JobUpdate;
import io.workforce.protocol.QueueItem;
import io.workforce.protocol.StepEvent;
import io.workforce.protocol.WorkAssignment;
import io.workforce.protocol.client.OrchestratorClient;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A robot simulated over the real robot protocol ({@link OrchestratorClient}): it enrols,
 * heartbeats, takes a job, works items and reports events, items, screenshots and the result as a
 * real robot does — only the browser work in between is left out. Used where a test needs outcomes
 * it chooses (50 items with known failures, a run held open to be stopped); {@link RealRobot} is
 * the real process.
 */
final class SimulatedRobot implements AutoCloseable {

  /** What the simulated work of one item ended with: null reason = success. */
  record Outcome(FailureKind failure, String reason, Map<String, Object> output) {
    static Outcome ok(Map<String, Object> output) {
      return new Outcome(null, null, output);
    }

    static Outcome business(String reason) {
      return new Outcome(FailureKind.BUSINESS, reason, null);
    }
  }

  private final EnrolResponse enrolment;
  private final OrchestratorClient client;
  private long seq;

  private SimulatedRobot(URI base, EnrolResponse enrolment) {
    this.enrolment = enrolment;
    this.client = OrchestratorClient.connect(base, enrolment.token());
  }

  static SimulatedRobot enrol(Api admin, URI base, String name) {
    String key =
        admin
            .post("/api/v1/enrolment-keys", Map.of("label", "e2e " + name))
            .expect(201)
            .json()
            .get("key")
            .asString();
    Capabilities caps =
        new Capabilities(
            List.of("playwright"), List.of("chi_sim", "eng"), null, List.of(), "0.1.0", "Linux");
    return new SimulatedRobot(
        base, OrchestratorClient.enrol(base, new EnrolRequest(key, name, "e2e-host", caps)));
  }

  long id() {
    return enrolment.robotId();
  }

  /** One idle heartbeat: the robot is online. */
  void heartbeat() {
    client.heartbeat(Heartbeat.idle());
  }

  /** Waits for the next job (long poll), says it is running. */
  WorkAssignment takeJob() {
    client.heartbeat(Heartbeat.idle());
    Optional<WorkAssignment> work = client.pollWork(Duration.ofSeconds(10));
    WorkAssignment a =
        work.orElseThrow(() -> new AssertionError("no job reached robot " + enrolment.name()));
    client.heartbeat(Heartbeat.busy(a.jobId()));
    client.updateJob(a.jobId(), JobUpdate.running());
    seq = 0;
    return a;
  }

  /** Claims and finishes every item of the job's queue, each as {@code work} decides. */
  int workQueue(WorkAssignment a, Function<QueueItem, Outcome> work) {
    int n = 0;
    for (Optional<QueueItem> item;
        (item = client.claimItem(a.queueName(), a.jobId(), Duration.ofMinutes(5))).isPresent();
        n++) {
      QueueItem i = item.get();
      Outcome o = steps(a.jobId(), i.reference(), () -> work.apply(i));
      if (o.failure() == null) {
        client.completeItem(i.id(), o.output());
      } else {
        client.failItem(i.id(), o.failure(), o.reason());
      }
    }
    return n;
  }

  private Outcome steps(long jobId, String ref, java.util.function.Supplier<Outcome> work) {
    Instant t0 = Instant.now();
    Outcome o = work.get();
    String failedStep = "steps[3].verify";
    List<StepEvent> events =
        new ArrayList<>(
            List.of(
                new StepEvent(
                    ++seq, t0, EventKind.ITEM_START, null, "INFO", "item " + ref, null, null, null),
                new StepEvent(
                    ++seq,
                    t0,
                    EventKind.STEP_START,
                    "steps[0].open",
                    "INFO",
                    null,
                    null,
                    null,
                    null),
                new StepEvent(
                    ++seq,
                    t0.plusMillis(180),
                    EventKind.STEP_END,
                    "steps[0].open",
                    "INFO",
                    null,
                    180L,
                    "ok",
                    null),
                new StepEvent(
                    ++seq,
                    t0.plusMillis(180),
                    EventKind.STEP_START,
                    "steps[1].fill",
                    "INFO",
                    null,
                    null,
                    null,
                    null),
                new StepEvent(
                    ++seq,
                    t0.plusMillis(420),
                    EventKind.STEP_END,
                    "steps[1].fill",
                    "INFO",
                    null,
                    240L,
                    "ok",
                    null)));
    if (o.failure() != null) {
      String shot = "item-" + ref.replaceAll("[^A-Za-z0-9._-]", "_") + ".png";
      client.uploadScreenshot(jobId, shot, Png.of(ref + ": " + o.reason()));
      events.add(
          new StepEvent(
              ++seq,
              t0.plusMillis(420),
              EventKind.STEP_START,
              failedStep,
              "INFO",
              null,
              null,
              null,
              null));
      events.add(
          new StepEvent(
              ++seq,
              t0.plusMillis(470),
              EventKind.STEP_END,
              failedStep,
              "ERROR",
              o.reason(),
              50L,
              o.failure() == FailureKind.BUSINESS ? "business_error" : "system_error",
              shot));
    }
    events.add(
        new StepEvent(
            ++seq,
            t0.plusMillis(480),
            EventKind.ITEM_END,
            null,
            "INFO",
            "item " + ref,
            480L,
            o.failure() == null ? "ok" : "business_error",
            null));
    client.sendEvents(jobId, events);
    return o;
  }

  /**
   * Keeps heartbeating as busy with the job until the orchestrator's reply asks to stop it, then
   * confirms the stop as a robot does (the job ends CANCELLED).
   */
  void stopWhenAsked(WorkAssignment a, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (!client.heartbeat(Heartbeat.busy(a.jobId())).stopJobIds().contains(a.jobId())) {
      if (System.nanoTime() > end) {
        throw new AssertionError(
            "nobody asked robot " + enrolment.name() + " to stop job " + a.jobId());
      }
      Thread.sleep(200);
    }
    client.updateJob(a.jobId(), JobUpdate.cancelled("stopped as asked"));
    client.heartbeat(Heartbeat.idle());
  }

  void finish(WorkAssignment a, Map<String, Object> result) {
    client.updateJob(a.jobId(), JobUpdate.succeeded(result));
    client.heartbeat(Heartbeat.idle());
  }

  @Override
  public void close() {
    client.close();
  }
}
