package io.workforce.orchestrator.queue;

import io.micrometer.core.instrument.MeterRegistry;
import io.workforce.orchestrator.api.ConflictException;
import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.orchestrator.db.DatabaseKind;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.job.JobEvents;
import io.workforce.orchestrator.robot.RobotScope;
import io.workforce.orchestrator.robot.RobotWentOffline;
import io.workforce.protocol.FailureKind;
import io.workforce.protocol.ItemCompletion;
import io.workforce.protocol.ItemOutcome;
import io.workforce.protocol.QueueItem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The robot side of work queues: claim with a lease, renew, complete, fail; expired leases and lost
 * robots give their items back. A claim takes one row with {@code FOR UPDATE SKIP LOCKED} on
 * PostgreSQL, so concurrent claimers never wait for each other and never get the same item; on H2
 * (one process) claims of a queue are serialised in memory and the update is conditional on the
 * status.
 */
@Service
public class ItemWork {

  private static final Logger log = LoggerFactory.getLogger(ItemWork.class);
  private static final String READY =
      "queue_name = ? AND status IN " + Db.in(ItemStatus.CLAIMABLE) + " AND attempts < ? ";
  private static final String ORDER = "ORDER BY priority DESC, deadline NULLS LAST, id";

  private final ItemStore store;
  private final Clock clock;
  private final boolean postgres;
  private final WorkforceProperties.Queues settings;
  private final MeterRegistry meters;
  private final RobotScope scope;
  private final Map<String, ReentrantLock> h2Locks = new ConcurrentHashMap<>();

  ItemWork(
      ItemStore store,
      Clock clock,
      DatabaseKind db,
      WorkforceProperties properties,
      MeterRegistry meters,
      RobotScope scope) {
    this.scope = scope;
    this.store = store;
    this.clock = clock;
    this.postgres = db.isPostgres();
    this.settings = properties.queues();
    this.meters = meters;
  }

  /**
   * The next ready item of a queue for this robot's job, leased to it; empty when none is ready. A
   * robot claims only for a job the dispatcher gave it that is ASSIGNED or RUNNING, and only from
   * the queue that job consumes: any other queue answers the 404 of a queue that does not exist.
   */
  @Transactional
  public Optional<QueueItem> claim(long robotId, String queue, Long jobId, Integer leaseSeconds) {
    if (jobId == null) {
      throw InvalidRequestException.field(
          "jobId",
          "须填写本机器人正在运行、读取该队列的任务",
          "name the job this robot runs that reads this queue (items are claimed only for a job)");
    }
    boolean consumes =
        scope
            .in(robotId, jobId, RobotScope.WORKING)
            .map(j -> queue.equals(j.queueName()))
            .orElse(false);
    if (!consumes) {
      throw NotFoundException.of("队列", "queue", queue);
    }
    ItemStore.Settings q = store.settings(queue);
    Duration lease = lease(q, leaseSeconds);
    Instant now = clock.instant();
    Optional<Long> id =
        postgres
            ? claimPostgres(queue, q, robotId, jobId, now, lease)
            : claimH2(queue, q, robotId, jobId, now, lease);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    ItemView item = store.get(id.get(), false);
    ItemStatus from = item.attempts() > 1 ? ItemStatus.SYSTEM_FAILED : ItemStatus.NEW;
    store.history(
        item.id(), from, ItemStatus.IN_PROGRESS, item.attempts(), robotId, jobId, null, now);
    return Optional.of(
        new QueueItem(
            item.id(),
            queue,
            item.reference(),
            item.priority(),
            item.deadline(),
            item.payload(),
            item.attempts(),
            item.leaseExpiresAt()));
  }

  /** Extends the lease of an item the robot holds. */
  @Transactional
  public Instant renew(long robotId, long itemId, Integer leaseSeconds) {
    ItemView item = held(robotId, itemId);
    Instant until = clock.instant().plus(lease(store.settings(item.queue()), leaseSeconds));
    int n =
        store
            .jdbc
            .sql(
                "UPDATE queue_item SET lease_expires_at = ?, updated_at = ? "
                    + "WHERE id = ? AND status = 'IN_PROGRESS' AND robot_id = ? AND job_id = ?")
            .params(Db.ts(until), Db.ts(clock.instant()), itemId, robotId, item.jobId())
            .update();
    if (n != 1) {
      throw leaseLost(itemId);
    }
    return until;
  }

  /**
   * The robot finished an item: it did its work, or found nothing to do ({@code UNCHANGED}: the
   * item ends SUCCESSFUL in its queue, with the flow's reason, but saves no time).
   */
  @Transactional
  public void complete(long robotId, long itemId, ItemCompletion completion) {
    Map<String, Object> output = completion == null ? null : completion.output();
    boolean unchanged = completion != null && completion.outcome() == ItemOutcome.UNCHANGED;
    if (completion != null && completion.outcome() != null && !completion.outcome().ok()) {
      throw InvalidRequestException.field(
          "outcome",
          "完成的队列项只能是 SUCCESSFUL 或 UNCHANGED (失败请用 /fail)",
          "a completed item is SUCCESSFUL or UNCHANGED (report failures with /fail)");
    }
    String reason = unchanged ? completion.reason() : null;
    long jobId = held(robotId, itemId).jobId();
    Instant now = clock.instant();
    int n =
        store
            .jdbc
            .sql(
                "UPDATE queue_item SET status = ?, output = ?, reason = ?, "
                    + "lease_expires_at = NULL, finished_at = ?, updated_at = ? "
                    + "WHERE id = ? AND status = ? AND robot_id = ? AND job_id = ?")
            .params(
                ItemStatus.change(ItemStatus.IN_PROGRESS, ItemStatus.SUCCESSFUL).name(),
                output == null ? null : store.json.writeValueAsString(output),
                ItemStore.cut(reason),
                Db.ts(now),
                Db.ts(now),
                itemId,
                ItemStatus.IN_PROGRESS.name(),
                robotId,
                jobId)
            .update();
    if (n != 1) {
      throw leaseLost(itemId);
    }
    ItemView item = store.get(itemId, false);
    store.history(
        itemId,
        ItemStatus.IN_PROGRESS,
        ItemStatus.SUCCESSFUL,
        item.attempts(),
        robotId,
        item.jobId(),
        reason,
        now);
    String outcome = unchanged ? ItemOutcome.UNCHANGED.name() : ItemOutcome.SUCCESSFUL.name();
    store.processed(itemId, item.reference(), item.jobId(), robotId, outcome, reason, output, now);
    meters.counter("workforce.items", "outcome", outcome).increment();
  }

  /** The robot failed an item: business (final) or system (retried while attempts remain). */
  @Transactional
  public void fail(long robotId, long itemId, FailureKind kind, String reason) {
    if (kind == null) {
      throw InvalidRequestException.field(
          "kind", "须为 BUSINESS 或 SYSTEM", "must be BUSINESS or SYSTEM");
    }
    ItemView item = held(robotId, itemId);
    ItemStatus to =
        kind == FailureKind.BUSINESS ? ItemStatus.BUSINESS_FAILED : ItemStatus.SYSTEM_FAILED;
    giveBack(item, to, reason == null ? kind.name().toLowerCase() + " error" : reason, robotId);
  }

  /** Items whose lease ran out go back to their queue (as a system failure of that attempt). */
  @Transactional
  public int sweepExpiredLeases() {
    List<ItemView> expired =
        store
            .jdbc
            .sql("SELECT * FROM queue_item WHERE status = 'IN_PROGRESS' AND lease_expires_at < ?")
            .param(Db.ts(clock.instant()))
            .query(store::view)
            .list();
    int n = 0;
    for (ItemView item : expired) {
      if (giveBack(
          item,
          ItemStatus.SYSTEM_FAILED,
          "lease expired (robot " + item.robotId() + ")",
          item.robotId())) {
        n++;
      }
    }
    return n;
  }

  /** A lost robot's items go back to their queues at once (no need to wait for the lease). */
  @EventListener
  @Transactional
  public void robotWentOffline(RobotWentOffline event) {
    store
        .jdbc
        .sql("SELECT * FROM queue_item WHERE status = 'IN_PROGRESS' AND robot_id = ?")
        .param(event.robotId())
        .query(store::view)
        .list()
        .forEach(item -> giveBack(item, ItemStatus.SYSTEM_FAILED, event.reason(), event.robotId()));
  }

  /**
   * A robot that restarted in the middle of a job: the items it held for that job go back at once,
   * the same as when it is lost (not only when their lease runs out).
   */
  @EventListener
  @Transactional
  public void jobAbandoned(JobEvents.Abandoned event) {
    store
        .jdbc
        .sql(
            "SELECT * FROM queue_item WHERE status = 'IN_PROGRESS' AND robot_id = ? AND job_id = ?")
        .params(event.robotId(), event.jobId())
        .query(store::view)
        .list()
        .forEach(item -> giveBack(item, ItemStatus.SYSTEM_FAILED, event.reason(), event.robotId()));
  }

  private boolean giveBack(ItemView item, ItemStatus to, String reason, Long robotId) {
    Instant now = clock.instant();
    boolean last =
        to == ItemStatus.BUSINESS_FAILED
            || item.attempts() >= store.settings(item.queue()).maxAttempts();
    int n =
        store
            .jdbc
            .sql(
                "UPDATE queue_item SET status = ?, reason = ?, lease_expires_at = NULL, robot_id = NULL, "
                    + "finished_at = ?, updated_at = ? WHERE id = ? AND status = 'IN_PROGRESS' AND attempts = ?")
            .params(
                ItemStatus.change(ItemStatus.IN_PROGRESS, to).name(),
                ItemStore.cut(reason),
                last ? Db.ts(now) : null,
                Db.ts(now),
                item.id(),
                item.attempts())
            .update();
    if (n != 1) {
      return false;
    }
    store.history(
        item.id(), ItemStatus.IN_PROGRESS, to, item.attempts(), robotId, item.jobId(), reason, now);
    if (last) {
      store.processed(item.id(), item.reference(), item.jobId(), robotId, to, reason, now);
      meters.counter("workforce.items", "outcome", to.name()).increment();
    } else {
      log.info(
          "item {} of queue {} failed (attempt {}): {}; it will be retried",
          item.id(),
          item.queue(),
          item.attempts(),
          reason);
    }
    return true;
  }

  private Optional<Long> claimPostgres(
      String queue, ItemStore.Settings q, long robotId, Long jobId, Instant now, Duration lease) {
    Optional<Long> id =
        store
            .jdbc
            .sql(
                "SELECT id FROM queue_item WHERE "
                    + READY
                    + ORDER
                    + " LIMIT 1 FOR UPDATE SKIP LOCKED")
            .params(queue, q.maxAttempts())
            .query(Long.class)
            .optional();
    id.ifPresent(i -> take(i, robotId, jobId, now, lease));
    return id;
  }

  private Optional<Long> claimH2(
      String queue, ItemStore.Settings q, long robotId, Long jobId, Instant now, Duration lease) {
    // H2 runs in this one process: claims of a queue take turns, and a turn ends when its
    // transaction ends
    // (not when this method returns), so the next claimer already sees the item as taken
    ReentrantLock lock = h2Locks.computeIfAbsent(queue, k -> new ReentrantLock());
    lock.lock();
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            lock.unlock();
          }
        });
    Optional<Long> id =
        store
            .jdbc
            .sql("SELECT id FROM queue_item WHERE " + READY + ORDER + " LIMIT 1")
            .params(queue, q.maxAttempts())
            .query(Long.class)
            .optional();
    if (id.isPresent() && take(id.get(), robotId, jobId, now, lease) != 1) {
      return Optional.empty();
    }
    return id;
  }

  private int take(long id, long robotId, Long jobId, Instant now, Duration lease) {
    return store
        .jdbc
        .sql(
            "UPDATE queue_item SET status = 'IN_PROGRESS', attempts = attempts + 1, robot_id = ?, "
                + "job_id = ?, lease_expires_at = ?, reason = NULL, updated_at = ? WHERE id = ? AND status IN "
                + Db.in(ItemStatus.CLAIMABLE))
        .params(robotId, jobId, Db.ts(now.plus(lease)), Db.ts(now), id)
        .update();
  }

  private Duration lease(ItemStore.Settings q, Integer leaseSeconds) {
    Duration lease =
        leaseSeconds == null
            ? Duration.ofSeconds(q.leaseSeconds())
            : Duration.ofSeconds(leaseSeconds);
    if (lease.isNegative() || lease.isZero()) {
      throw InvalidRequestException.field("leaseSeconds", "须大于 0", "must be positive");
    }
    return lease.compareTo(settings.maxLease()) > 0 ? settings.maxLease() : lease;
  }

  /**
   * The item if this robot holds its lease for a job it still works on. An item it held in such a
   * job and lost (lease expired) is a 409; any other item answers the 404 of one that does not
   * exist, so a robot learns nothing about items outside its own job.
   */
  private ItemView held(long robotId, long itemId) {
    Set<Long> jobs =
        scope.jobs(robotId, RobotScope.FINISHING).stream()
            .map(RobotScope.Assigned::id)
            .collect(Collectors.toSet());
    if (jobs.isEmpty()) {
      throw NotFoundException.of("队列项", "queue item", itemId);
    }
    Optional<ItemView> item =
        store
            .jdbc
            .sql("SELECT * FROM queue_item WHERE id = ?")
            .param(itemId)
            .query(store::view)
            .optional();
    if (item.isPresent()
        && item.get().status() == ItemStatus.IN_PROGRESS
        && Long.valueOf(robotId).equals(item.get().robotId())
        && jobs.contains(item.get().jobId())) {
      return item.get();
    }
    String in = jobs.stream().map(String::valueOf).collect(Collectors.joining(","));
    long heldBefore =
        store
            .jdbc
            .sql(
                "SELECT COUNT(*) FROM queue_item_history WHERE item_id = ? AND robot_id = ? "
                    + "AND to_status = 'IN_PROGRESS' AND job_id IN ("
                    + in
                    + ")")
            .params(itemId, robotId)
            .query(Long.class)
            .single();
    if (heldBefore > 0) {
      throw leaseLost(itemId);
    }
    throw NotFoundException.of("队列项", "queue item", itemId);
  }

  private static ConflictException leaseLost(long itemId) {
    return new ConflictException(
        "lease-lost",
        Text.of(
            "本机器人已不再持有队列项 " + itemId + " (租约已过期, 该项已回到队列或已完成)",
            "this robot no longer holds item "
                + itemId
                + " (its lease expired and it went back to the queue, or it is done)"));
  }
}
