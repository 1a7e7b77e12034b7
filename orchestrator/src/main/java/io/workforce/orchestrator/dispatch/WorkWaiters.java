package io.workforce.orchestrator.dispatch;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.workforce.orchestrator.cluster.ClusterSignals;
import io.workforce.orchestrator.job.JobEvents;
import io.workforce.protocol.WorkAssignment;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Robots waiting for work (long polls). A poll is answered at once when there is work; otherwise it
 * waits, holding no thread, until a job is created or finishes on this node (events) or on another
 * node ({@link ClusterSignals}), until the periodic rescan (a safety net) finds work, or until its
 * wait is over (204). All decisions run on one thread, the longest-waiting robot first.
 */
@Component
class WorkWaiters {

  private static final Logger log = LoggerFactory.getLogger(WorkWaiters.class);

  private final Dispatcher dispatcher;
  private final Map<Long, Waiter> waiting = new ConcurrentHashMap<>();
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "dispatcher"));
  private final AtomicBoolean drainQueued = new AtomicBoolean();
  private final AtomicLong order = new AtomicLong();

  WorkWaiters(Dispatcher dispatcher, MeterRegistry meters) {
    this.dispatcher = dispatcher;
    Gauge.builder("workforce.robots.waiting", waiting, Map::size)
        .description("robots in a long poll on this node")
        .register(meters);
  }

  private record Waiter(
      long robotId, long order, DeferredResult<ResponseEntity<WorkAssignment>> result) {}

  /** A robot's poll: answered with a job, or 204 after {@code wait}. */
  DeferredResult<ResponseEntity<WorkAssignment>> poll(long robotId, Duration wait) {
    DeferredResult<ResponseEntity<WorkAssignment>> result =
        new DeferredResult<>(
            Math.max(1, wait.toMillis()), () -> ResponseEntity.noContent().build());
    Waiter waiter = new Waiter(robotId, order.incrementAndGet(), result);
    result.onCompletion(() -> waiting.remove(robotId, waiter));
    thread.execute(
        () -> {
          Optional<WorkAssignment> work = attempt(robotId);
          if (work.isPresent()) {
            result.setResult(ResponseEntity.ok(work.get()));
          } else if (wait.isZero()) {
            result.setResult(ResponseEntity.noContent().build());
          } else {
            Waiter previous = waiting.put(robotId, waiter);
            if (previous != null) {
              previous.result().setResult(ResponseEntity.noContent().build());
            }
          }
        });
    return result;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void jobCreated(JobEvents.Created event) {
    wake();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void jobRequeued(JobEvents.Requeued event) {
    wake();
  }

  @TransactionalEventListener(fallbackExecution = true)
  void jobFinished(JobEvents.Finished event) {
    wake();
  }

  /** Work may have appeared through another node (or signals were interrupted). */
  @EventListener
  void signalled(ClusterSignals.Received signal) {
    if (signal.kind().equals(ClusterSignals.WORK) || signal.kind().equals(ClusterSignals.RESUMED)) {
      wake();
    }
  }

  /** The safety net: signals from other nodes ({@link ClusterSignals}) normally come first. */
  @Scheduled(fixedDelayString = "${workforce.dispatch.rescan-interval:1s}")
  void rescan() {
    if (!waiting.isEmpty()) {
      wake();
    }
  }

  private void wake() {
    if (drainQueued.compareAndSet(false, true)) {
      thread.execute(this::drain);
    }
  }

  private void drain() {
    drainQueued.set(false);
    waiting.values().stream()
        .sorted((a, b) -> Long.compare(a.order(), b.order()))
        .forEach(
            w -> {
              if (w.result().isSetOrExpired() || !dispatcher.hasPending()) {
                return;
              }
              Optional<WorkAssignment> work = attempt(w.robotId());
              if (work.isPresent() && !w.result().setResult(ResponseEntity.ok(work.get()))) {
                // the poll timed out at this very moment: the robot gets the job again with its
                // next poll
                log.debug(
                    "job {} assigned to robot {} after its poll ended; redelivered on the next"
                        + " poll",
                    work.get().jobId(),
                    w.robotId());
              }
            });
  }

  private Optional<WorkAssignment> attempt(long robotId) {
    try {
      return dispatcher.tryAssign(robotId);
    } catch (RuntimeException e) {
      log.error("dispatch for robot {} failed", robotId, e);
      return Optional.empty();
    }
  }

  @PreDestroy
  void stop() {
    waiting.values().forEach(w -> w.result().setResult(ResponseEntity.noContent().build()));
    thread.shutdownNow();
  }
}
