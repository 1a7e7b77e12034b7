package io.workforce.runtime.robot;

import io.workforce.protocol.FailureKind;
import io.workforce.protocol.ItemCompletion;
import io.workforce.protocol.ItemOutcome;
import io.workforce.protocol.QueueItem;
import io.workforce.protocol.client.OrchestratorClient;
import io.workforce.protocol.client.OrchestratorException;
import io.workforce.protocol.client.OrchestratorUnreachableException;
import io.workforce.runtime.Secrets;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.input.WorkItem;
import io.workforce.runtime.input.WorkSource;
import io.workforce.runtime.journal.ItemStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Items from an orchestrator work queue: each {@link #next()} claims one item with a lease, the
 * lease is renewed while the item is worked on (every third of its length), and {@link #completed}
 * marks it done with its outputs or failed (business: final; system: back to the queue while
 * attempts remain). A stopped item goes back as a system failure of that attempt. The source ends
 * when the queue has nothing ready: the orchestrator's queue trigger starts another job when items
 * come back (an expired lease, a retry).
 */
final class QueueWorkSource implements WorkSource {

  private static final Duration MIN_RENEWAL = Duration.ofSeconds(1);

  private final OrchestratorClient client;
  private final long jobId;
  private final String queue;
  private final Duration lease;
  private final ScheduledExecutorService scheduler;
  private final Duration patience;
  private final Clock clock;
  private final Supplier<Duration> skew;
  private final AtomicInteger count = new AtomicInteger();
  private final Map<Long, ScheduledFuture<?>> held = new ConcurrentHashMap<>();
  private volatile boolean refused;

  /**
   * @param lease the lease to ask for, or null for the queue's own
   * @param skew the orchestrator's clock minus this machine's (from heartbeats), to read lease ends
   */
  QueueWorkSource(
      OrchestratorClient client,
      long jobId,
      String queue,
      Duration lease,
      ScheduledExecutorService scheduler,
      Duration patience,
      Clock clock,
      Supplier<Duration> skew) {
    this.client = client;
    this.jobId = jobId;
    this.queue = queue;
    this.lease = lease;
    this.scheduler = scheduler;
    this.patience = patience;
    this.clock = clock;
    this.skew = skew;
  }

  /** Whether the orchestrator refused an item to this job (it was stopped or failed meanwhile). */
  boolean refused() {
    return refused;
  }

  @Override
  public Optional<WorkItem> next() {
    Optional<QueueItem> claimed;
    try {
      claimed =
          Retrying.call("claim " + queue, patience, () -> client.claimItem(queue, jobId, lease));
    } catch (OrchestratorException e) {
      // the job is no longer this robot's to run (stopped, or failed by the orchestrator), or it
      // stayed away
      System.out.println(RobotMessages.get("queue.noclaim", queue, e.getMessage()));
      refused = true;
      return Optional.empty();
    }
    if (claimed.isEmpty()) {
      return Optional.empty();
    }
    QueueItem item = claimed.get();
    Duration length = lease != null ? lease : leaseLength(item);
    long every = Math.max(MIN_RENEWAL.toMillis(), length.toMillis() / 3);
    held.put(
        item.id(),
        scheduler.scheduleWithFixedDelay(
            () -> renew(item.id(), length), every, every, TimeUnit.MILLISECONDS));
    return Optional.of(
        new WorkItem(
            count.incrementAndGet(), item.reference(), item.payload(), String.valueOf(item.id())));
  }

  @Override
  public void completed(WorkItem item, ItemResult result) {
    long id = Long.parseLong(item.reference());
    ScheduledFuture<?> renewal = held.remove(id);
    if (renewal != null) {
      renewal.cancel(false);
    }
    String reason = result.reason() == null ? null : Secrets.mask(result.reason());
    try {
      switch (result.status()) {
        case SUCCEEDED, UNCHANGED -> {
          ItemCompletion done =
              new ItemCompletion(
                  StepEvents.masked(result.outputs()),
                  result.status() == ItemStatus.UNCHANGED
                      ? ItemOutcome.UNCHANGED
                      : ItemOutcome.SUCCESSFUL,
                  reason);
          Retrying.run("complete item " + id, patience, () -> client.completeItem(id, done));
        }
        case BUSINESS_FAILED -> fail(id, FailureKind.BUSINESS, reason);
        case SYSTEM_FAILED -> fail(id, FailureKind.SYSTEM, reason);
        case STOPPED -> fail(id, FailureKind.SYSTEM, RobotMessages.get("queue.stopped"));
      }
    } catch (OrchestratorException e) {
      // 409: the lease ran out meanwhile and the item went back (or was done by another robot)
      System.out.println(RobotMessages.get("queue.lost", item.label(), e.getMessage()));
    }
  }

  @Override
  public OptionalInt total() {
    return OptionalInt.empty();
  }

  @Override
  public String describe() {
    return "queue " + queue;
  }

  @Override
  public void close() {
    held.values().forEach(f -> f.cancel(false));
    held.clear();
  }

  private void fail(long id, FailureKind kind, String reason) {
    Retrying.run("fail item " + id, patience, () -> client.failItem(id, kind, reason));
  }

  private void renew(long id, Duration length) {
    if (!held.containsKey(id)) {
      return;
    }
    try {
      client.renewLease(id, length);
    } catch (OrchestratorUnreachableException e) {
      // the next renewal tries again; the lease is three renewals long
    } catch (OrchestratorException e) {
      ScheduledFuture<?> renewal = held.remove(id);
      if (renewal != null) {
        renewal.cancel(false);
        System.out.println(RobotMessages.get("queue.renewlost", id, e.getMessage()));
      }
    }
  }

  /** The lease the queue gave, read on the orchestrator's clock; at least the protocol's 5 s. */
  private Duration leaseLength(QueueItem item) {
    if (item.leaseExpiresAt() == null) {
      return Duration.ofMinutes(5);
    }
    Duration left = Duration.between(clock.instant().plus(skew.get()), item.leaseExpiresAt());
    long seconds = Math.round(left.toMillis() / 1000.0);
    return Duration.ofSeconds(Math.max(5, seconds));
  }
}
