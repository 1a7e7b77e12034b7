package io.workforce.runtime.robot;

import io.workforce.protocol.WorkAssignment;
import io.workforce.protocol.client.OrchestratorClient;
import io.workforce.protocol.client.OrchestratorException;
import io.workforce.protocol.client.OrchestratorUnreachableException;
import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.DriverOptions;
import io.workforce.runtime.Secrets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A robot of an orchestrator ({@code ./rpa robot}): enrols once (the token is kept in the state
 * directory), sends heartbeats, long-polls for jobs (an idle robot holds one open request; no
 * fixed-interval polling) and runs each job with the runtime, one job at a time. {@link
 * #shutdown()} (SIGTERM, Ctrl-C) lets the item in hand finish (for the grace period), reports the
 * job, and ends {@link #run()}.
 *
 * <pre>{@code
 * Robot robot = new Robot(options);
 * Runtime.getRuntime().addShutdownHook(new Thread(() -> { robot.shutdown(); robot.awaitStopped(Duration.ofMinutes(2)); }));
 * robot.run();
 * }</pre>
 */
public final class Robot {

  private final RobotOptions options;
  private final Object pollLock = new Object();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean closing;
  private volatile boolean tokenRefused;
  private volatile boolean polling;
  private volatile Thread loop;
  private volatile JobRunner current;

  public Robot(RobotOptions options) {
    this.options = options;
  }

  /**
   * Serves jobs until {@link #shutdown()}.
   *
   * @throws RobotException when the robot cannot enrol (no key, key refused) or the state directory
   *     is unusable
   */
  public void run() {
    loop = Thread.currentThread();
    ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4, daemons());
    DriverOptions driverOptions =
        DriverOptions.defaults()
            .withTimeout(options.stepTimeout())
            .withDownloads(options.stateDir().resolve("downloads").toAbsolutePath());
    try {
      RobotState state =
          Enrolment.identity(options); // before the browser: a refused key is told at once
      try (BrowserDriver driver = BrowserDriver.start(options.driver(), driverOptions)) {
        while (!closing) {
          Secrets.register(
              state.token()); // never printed anyway; masked should a message ever quote it
          serve(state, scheduler, driver);
          if (tokenRefused && !closing) {
            tokenRefused = false;
            state = Enrolment.enrol(options, "enrol.again");
          }
        }
      }
    } finally {
      scheduler.shutdownNow();
      System.out.println(RobotMessages.get("robot.stopped", options.name()));
      stopped.countDown();
    }
  }

  /**
   * Asks the robot to stop: no new job or item is taken; the item in hand may finish within the
   * grace period, after which the job stops after its current step; then the job is reported and
   * {@link #run()} returns.
   */
  public void shutdown() {
    if (closing) {
      return;
    }
    closing = true;
    System.out.println(RobotMessages.get("robot.stopping", options.grace().toSeconds()));
    JobRunner job = current;
    if (job != null) {
      job.shutdown(options.grace());
    }
    wakeFromPoll();
  }

  /** Waits for {@link #run()} to return; false when it did not within {@code timeout}. */
  public boolean awaitStopped(Duration timeout) {
    try {
      return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void serve(RobotState state, ScheduledExecutorService scheduler, BrowserDriver driver) {
    try (OrchestratorClient client =
        OrchestratorClient.connect(
            RobotOptions.addresses(state.orchestrator()), state.token(), Duration.ofSeconds(30))) {
      RobotSession session = new RobotSession(options, client, scheduler, driver);
      Heartbeats beats =
          new Heartbeats(
              session, () -> current, this::onTokenRefused, LocalCapabilities.of(options));
      beats.start(Duration.ofSeconds(state.heartbeatSeconds()));
      System.out.println(
          RobotMessages.get(
              "robot.ready",
              state.name(),
              state.robotId(),
              state.orchestrator(),
              options.pool() == null ? "-" : options.pool(),
              String.join(",", options.labels()),
              options.driver().name().toLowerCase(Locale.ROOT),
              options.workers()));
      // what a previous run of this robot kept but could not send (killed, or cut off) goes first,
      // before new work: its events belong to a job the orchestrator is about to fail
      flushQuietly(session);
      try {
        pollAndRun(
            session, beats, Duration.ofSeconds(Math.max(1, Math.min(30, state.longPollSeconds()))));
      } finally {
        beats.stop();
        flushQuietly(session);
        if (!tokenRefused) {
          beats.goodbye();
        }
      }
    }
  }

  private void pollAndRun(RobotSession session, Heartbeats beats, Duration wait) {
    long pause = Retrying.FIRST_PAUSE.toMillis();
    boolean down = false;
    while (!closing && !tokenRefused) {
      Optional<WorkAssignment> work;
      try {
        synchronized (pollLock) {
          if (closing || tokenRefused) {
            break;
          }
          polling = true;
        }
        work = session.client().pollWork(wait);
        pause = Retrying.FIRST_PAUSE.toMillis();
        down = false;
      } catch (OrchestratorUnreachableException e) {
        if (!closing && !down) {
          System.out.println(
              RobotMessages.get("orchestrator.down", options.orchestrator(), e.getMessage()));
          down = true;
        }
        endPoll();
        if (!closing) {
          Retrying.sleep(pause);
          pause = Math.min(pause * 2, Retrying.LONGEST_PAUSE.toMillis());
        }
        continue;
      } catch (OrchestratorException e) {
        endPoll();
        if (e.status() == 401) {
          onTokenRefused();
        } else {
          System.err.println(Secrets.mask(RobotMessages.get("poll.refused", e.getMessage())));
          Retrying.sleep(pause);
        }
        continue;
      }
      endPoll();
      if (work.isPresent()) {
        JobRunner job = new JobRunner(session, work.get(), beats::beat);
        current = job;
        if (closing) {
          job.shutdown(Duration.ZERO);
        }
        try {
          job.run();
        } finally {
          current = null;
        }
      }
    }
  }

  private void onTokenRefused() {
    if (!tokenRefused) {
      System.out.println(RobotMessages.get("robot.tokenRefused", options.orchestrator()));
    }
    tokenRefused = true;
    wakeFromPoll();
  }

  /** Interrupts the loop thread only while it waits in a work poll (never while it runs a job). */
  private void wakeFromPoll() {
    synchronized (pollLock) {
      if (polling && loop != null) {
        loop.interrupt();
      }
    }
  }

  private void endPoll() {
    synchronized (pollLock) {
      polling = false;
      Thread.interrupted(); // an interrupt meant for the poll must not reach the job
    }
  }

  private static void flushQuietly(RobotSession session) {
    try {
      session.outbox().flush();
    } catch (RuntimeException e) {
      System.err.println(RobotMessages.get("events.spooled", session.options().spoolDir()));
    }
  }

  private static ThreadFactory daemons() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "robot-background-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
