package io.workforce.runtime.robot;

import io.workforce.protocol.Capabilities;
import io.workforce.protocol.Heartbeat;
import io.workforce.protocol.HeartbeatReply;
import io.workforce.protocol.RobotActivity;
import io.workforce.protocol.client.OrchestratorException;
import io.workforce.protocol.client.OrchestratorUnreachableException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The robot's heartbeat, on its own thread: idle or busy with which job, the capabilities with the
 * first beat after a start (they may have changed since enrolment). The answer brings the jobs
 * someone stopped and the orchestrator's clock; a beat that gets through also sends what waited in
 * the outbox.
 */
final class Heartbeats {

  private final RobotSession session;
  private final Supplier<JobRunner> current;
  private final Runnable tokenRefused;
  private final Capabilities capabilities;
  private volatile boolean capabilitiesSent;
  private volatile boolean down;
  private boolean left;
  private ScheduledFuture<?> ticker;

  Heartbeats(
      RobotSession session,
      Supplier<JobRunner> current,
      Runnable tokenRefused,
      Capabilities capabilities) {
    this.session = session;
    this.current = current;
    this.tokenRefused = tokenRefused;
    this.capabilities = capabilities;
  }

  void start(Duration every) {
    long millis = Math.max(1000, every.toMillis());
    ticker =
        session.scheduler().scheduleWithFixedDelay(this::beat, 0, millis, TimeUnit.MILLISECONDS);
  }

  void stop() {
    if (ticker != null) {
      ticker.cancel(false);
    }
  }

  /**
   * The last heartbeat: this robot shuts down. The orchestrator marks it offline at once, so that a
   * job it was given and never started (say, in answer to a poll it no longer reads) goes to
   * another robot without waiting for the offline limit. Nothing is sent after it.
   */
  synchronized void goodbye() {
    stop();
    left = true;
    try {
      session.client().heartbeat(Heartbeat.leaving());
    } catch (RuntimeException e) {
      // unreachable or refused: the orchestrator finds out with its offline limit
      System.err.println(RobotMessages.get("heartbeat.refused", e.getMessage()));
    }
  }

  /**
   * One heartbeat now (also called by the ticker, and by a job that wants to know whether it was
   * stopped).
   */
  synchronized void beat() {
    if (left) {
      return;
    }
    JobRunner job = current.get();
    Heartbeat beat =
        new Heartbeat(
            job == null ? RobotActivity.IDLE : RobotActivity.BUSY,
            job == null ? null : job.jobId(),
            capabilitiesSent ? null : capabilities);
    try {
      java.time.Instant sent = session.options().clock().instant();
      HeartbeatReply reply = session.client().heartbeat(beat);
      capabilitiesSent = true;
      if (reply.serverTime() != null) {
        session.skew(Duration.between(sent, reply.serverTime()));
      }
      if (job != null && reply.stopJobIds().contains(job.jobId())) {
        System.out.println(RobotMessages.get("job.stopRequested", job.jobId()));
        job.stopRequested();
      }
      if (down) {
        down = false;
        System.out.println(
            RobotMessages.get("orchestrator.back", session.options().orchestrator()));
      }
      session.outbox().flush();
    } catch (OrchestratorUnreachableException e) {
      if (!down) {
        down = true;
        System.out.println(
            RobotMessages.get(
                "orchestrator.down", session.options().orchestrator(), e.getMessage()));
      }
    } catch (OrchestratorException e) {
      if (e.status() == 401) {
        tokenRefused.run();
      } else {
        System.err.println(RobotMessages.get("heartbeat.refused", e.getMessage()));
      }
    } catch (RuntimeException e) {
      // a scheduled task that throws is never run again: keep beating whatever happened
      System.err.println(RobotMessages.get("heartbeat.refused", e));
    }
  }
}
