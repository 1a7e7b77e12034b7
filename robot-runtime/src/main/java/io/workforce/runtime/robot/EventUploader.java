package io.workforce.runtime.robot;

import io.workforce.protocol.StepEvent;
import io.workforce.protocol.client.OrchestratorException;
import io.workforce.protocol.client.RobotOutbox;
import io.workforce.runtime.journal.RunEvent;
import io.workforce.runtime.journal.RunEventSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The robot's extra {@link RunEventSink}: a job's events go to the orchestrator in batches (every
 * {@code interval}, or sooner when {@link #BATCH} are waiting), with the screenshots they name,
 * through the {@link RobotOutbox} so that nothing is lost while the orchestrator cannot be reached.
 * {@link #accept} only queues (workers never wait for the network); sending happens on the robot's
 * scheduler and at {@link #close}.
 */
final class EventUploader implements RunEventSink {

  static final int BATCH = 200;

  private final RobotOutbox outbox;
  private final long jobId;
  private final Path runsDir;
  private final ScheduledExecutorService scheduler;
  private final List<StepEvent> pending = new ArrayList<>();
  private final List<Path> shots = new ArrayList<>();
  private final Set<String> refs = new HashSet<>();
  private final ScheduledFuture<?> ticker;
  private long seq;
  private Path runDir;

  EventUploader(
      RobotOutbox outbox,
      long jobId,
      Path runsDir,
      ScheduledExecutorService scheduler,
      Duration interval) {
    this.outbox = outbox;
    this.jobId = jobId;
    this.runsDir = runsDir;
    this.scheduler = scheduler;
    this.ticker =
        scheduler.scheduleWithFixedDelay(
            this::send, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void accept(RunEvent event) {
    boolean full;
    synchronized (this) {
      if (event instanceof RunEvent.RunStarted s) {
        runDir = runsDir.resolve(s.runId());
      }
      StepEvent step = StepEvents.of(++seq, event);
      if (step.screenshot() != null && refs.add(step.screenshot())) {
        shots.add(runDir.resolve(screenshotPath(event)));
      }
      pending.add(step);
      full = pending.size() >= BATCH;
    }
    if (full) {
      scheduler.execute(this::send);
    }
  }

  /** Sends what is waiting: screenshots first (events name them), then the events, in order. */
  void send() {
    List<StepEvent> events;
    List<Path> pictures;
    synchronized (this) {
      events = List.copyOf(pending);
      pictures = List.copyOf(shots);
      pending.clear();
      shots.clear();
    }
    synchronized (outbox) {
      for (Path picture : pictures) {
        sendShot(picture);
      }
      for (int from = 0; from < events.size(); from += BATCH) {
        sendEvents(events.subList(from, Math.min(events.size(), from + BATCH)));
      }
    }
  }

  /** Stops the ticker and sends (or spools) everything still waiting. */
  @Override
  public void close() {
    ticker.cancel(false);
    send();
  }

  private void sendEvents(List<StepEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    try {
      outbox.sendEvents(jobId, events);
    } catch (OrchestratorException e) {
      // refused for good (the job is no longer this robot's): the local journal still has them
      System.err.println(RobotMessages.get("events.refused", jobId, e.getMessage()));
    }
  }

  private void sendShot(Path picture) {
    try {
      outbox.sendScreenshot(
          jobId,
          StepEvents.screenshotRef(picture.getFileName().toString()),
          Files.readAllBytes(picture));
    } catch (IOException e) {
      System.err.println(RobotMessages.get("events.noshot", picture, e.getMessage()));
    } catch (OrchestratorException e) {
      System.err.println(RobotMessages.get("events.refused", jobId, e.getMessage()));
    }
  }

  private static String screenshotPath(RunEvent event) {
    if (event instanceof RunEvent.StepFinished f) {
      return f.screenshot();
    }
    return ((RunEvent.ItemFinished) event).screenshot();
  }
}
