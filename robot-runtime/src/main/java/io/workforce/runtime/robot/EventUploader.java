package io.workforce.runtime.robot;

import io.workforce.protocol.StepEvent;
import io.workforce.protocol.client.RobotOutbox;
import io.workforce.runtime.journal.RunEvent;
import io.workforce.runtime.journal.RunEventSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The robot's extra {@link RunEventSink}: each event of a job is kept in the {@link RobotOutbox}'s
 * spool on disk before {@link #accept} returns, with the screenshot it names, so that a robot
 * killed right after a step (kill -9) loses none of it: the events go out in batches (every {@code
 * interval}, or sooner when {@link #BATCH} are waiting), and a robot started again on the same
 * state directory sends what is left. {@link #accept} only writes to disk (workers never wait for
 * the network); sending happens on the robot's scheduler and at {@link #close}.
 */
final class EventUploader implements RunEventSink {

  static final int BATCH = RobotOutbox.BATCH;

  private final RobotOutbox outbox;
  private final long jobId;
  private final Path runsDir;
  private final ScheduledExecutorService scheduler;
  private final Set<String> refs = new HashSet<>();
  private final ScheduledFuture<?> ticker;
  private long seq;
  private int kept;
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
        keepShot(runDir.resolve(screenshotPath(event))); // before the event that names it
      }
      outbox.keepEvents(jobId, List.of(step));
      full = ++kept >= BATCH;
      if (full) {
        kept = 0;
      }
    }
    if (full) {
      scheduler.execute(this::send);
    }
  }

  /** Sends what waits in the outbox (screenshots before the events naming them, in order). */
  void send() {
    try {
      outbox.flush();
    } catch (RuntimeException e) {
      // the spool cannot be read: the events stay there and in the local journal
      System.err.println(RobotMessages.get("events.refused", jobId, e.getMessage()));
    }
  }

  /** Stops the ticker and sends everything still waiting (what cannot go out stays spooled). */
  @Override
  public void close() {
    ticker.cancel(false);
    send();
  }

  private void keepShot(Path picture) {
    try {
      outbox.keepScreenshot(
          jobId,
          StepEvents.screenshotRef(picture.getFileName().toString()),
          Files.readAllBytes(picture));
    } catch (IOException e) {
      System.err.println(RobotMessages.get("events.noshot", picture, e.getMessage()));
    }
  }

  private static String screenshotPath(RunEvent event) {
    if (event instanceof RunEvent.StepFinished f) {
      return f.screenshot();
    }
    return ((RunEvent.ItemFinished) event).screenshot();
  }
}
