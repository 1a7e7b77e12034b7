package io.workforce.orchestrator.queue;

import io.workforce.orchestrator.api.ConflictException;
import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.api.Paging;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.audit.AuditLog;
import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.security.Caller;
import io.workforce.protocol.ItemCreated;
import io.workforce.protocol.NewItem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work queues and their items, administrator side: queues, adding items, retry, abandon, listing.
 */
@Service
public class QueueService {

  private final ItemStore store;
  private final Clock clock;
  private final WorkforceProperties.Queues settings;
  private final ApplicationEventPublisher events;
  private final AuditLog audit;
  private final Duration riskWindow;
  private final TransactionTemplate savepoint;

  QueueService(
      ItemStore store,
      Clock clock,
      WorkforceProperties properties,
      ApplicationEventPublisher events,
      AuditLog audit,
      PlatformTransactionManager transactions) {
    this.audit = audit;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.store = store;
    this.clock = clock;
    this.settings = properties.queues();
    this.riskWindow = properties.dispatch().riskWindow();
    this.events = events;
  }

  /** Published after items were added, so that queue triggers react at once. */
  public record ItemsAdded(String queue) {}

  @Transactional
  public QueueView create(NewQueue q) {
    if (q.name() == null) {
      throw InvalidRequestException.field("name", "缺少队列名称", "a queue needs a name");
    }
    if (store
            .jdbc
            .sql("SELECT COUNT(*) FROM work_queue WHERE name = ?")
            .param(q.name())
            .query(Integer.class)
            .single()
        > 0) {
      throw new ConflictException(
          "queue-exists",
          Text.of("队列 '" + q.name() + "' 已存在", "queue '" + q.name() + "' already exists"));
    }
    store
        .jdbc
        .sql(
            "INSERT INTO work_queue (name, description, max_attempts, lease_seconds, sla_minutes, created_at) "
                + "VALUES (?,?,?,?,?,?)")
        .params(
            q.name(),
            q.description(),
            q.maxAttempts() == null ? settings.defaultMaxAttempts() : q.maxAttempts(),
            q.leaseSeconds() == null ? settings.defaultLease().toSeconds() : q.leaseSeconds(),
            q.slaMinutes(),
            Db.ts(clock.instant()))
        .update();
    store.forgetQueue(q.name());
    audit.record("queue.create", "queue:" + q.name(), q.description());
    return get(q.name());
  }

  public List<QueueView> list() {
    Map<String, Map<String, Long>> counts = counts(null);
    Map<String, QueueView.Throughput> throughput = throughput(null);
    return store
        .jdbc
        .sql("SELECT * FROM work_queue ORDER BY name")
        .query(
            (rs, n) ->
                new QueueView(
                    rs.getString("name"),
                    rs.getString("description"),
                    rs.getInt("max_attempts"),
                    rs.getInt("lease_seconds"),
                    Db.integer(rs, "sla_minutes"),
                    counts.getOrDefault(rs.getString("name"), emptyCounts()),
                    Db.instant(rs, "created_at"),
                    throughput.getOrDefault(rs.getString("name"), QueueView.Throughput.NONE)))
        .list();
  }

  public QueueView get(String name) {
    Map<String, Long> c = counts(name).getOrDefault(name, emptyCounts());
    QueueView.Throughput t = throughput(name).getOrDefault(name, QueueView.Throughput.NONE);
    return store
        .jdbc
        .sql("SELECT * FROM work_queue WHERE name = ?")
        .param(name)
        .query(
            (rs, n) ->
                new QueueView(
                    rs.getString("name"),
                    rs.getString("description"),
                    rs.getInt("max_attempts"),
                    rs.getInt("lease_seconds"),
                    Db.integer(rs, "sla_minutes"),
                    c,
                    Db.instant(rs, "created_at"),
                    t))
        .optional()
        .orElseThrow(() -> NotFoundException.of("队列", "queue", name));
  }

  /** Adds an item; a duplicate reference is refused (409) with the existing item's id. */
  @Transactional
  public ItemCreated add(String queue, NewItem item) {
    long id = insert(queue, item);
    if (Caller.current() instanceof Caller.User) {
      // people's additions are audited; robots add items all day, and queue_item_history has those
      audit.record(
          "queue.items.add",
          "item:" + id,
          "queue " + queue + ", reference '" + item.reference() + "'");
    }
    events.publishEvent(new ItemsAdded(queue));
    return new ItemCreated(id, false);
  }

  /** Adds one item without publishing (bulk import publishes once). Throws for a duplicate. */
  long insert(String queue, NewItem item) {
    store.settings(queue);
    validate("", item);
    Optional<Long> existing = existing(queue, item.reference());
    if (existing.isPresent()) {
      throw duplicate(queue, item.reference(), existing.get());
    }
    return insert(queue, item, null, null);
  }

  /**
   * Inserts an item checked already; a duplicate reference (added meanwhile by someone else) throws
   * the 409 of a duplicate.
   *
   * @param job the job whose robot added it, or null
   * @param request that robot's request id, or null
   */
  long insert(String queue, NewItem item, Long job, String request) {
    return insertUnlessPresent(queue, item, job, request)
        .orElseThrow(
            () ->
                duplicate(queue, item.reference(), existing(queue, item.reference()).orElse(null)));
  }

  /**
   * Inserts an item checked already, or answers empty when another transaction added the same
   * reference meanwhile. The insert runs in a savepoint: on PostgreSQL a refused insert aborts the
   * whole transaction otherwise, and the caller could not even look the other item up.
   */
  Optional<Long> insertUnlessPresent(String queue, NewItem item, Long job, String request) {
    Instant now = clock.instant();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    try {
      savepoint.executeWithoutResult(
          s ->
              store
                  .jdbc
                  .sql(
                      "INSERT INTO queue_item (queue_name, reference, status, priority, deadline,"
                          + " payload, attempts, created_at, updated_at, added_by_job,"
                          + " added_request) VALUES (?,?,'NEW',?,?,?,0,?,?,?,?)")
                  .params(
                      queue,
                      item.reference(),
                      item.priority() == null ? 5 : item.priority(),
                      Db.ts(item.deadline()),
                      store.json.writeValueAsString(
                          item.payload() == null ? Map.of() : item.payload()),
                      Db.ts(now),
                      Db.ts(now),
                      job,
                      request)
                  .update(key, "id"));
    } catch (DuplicateKeyException e) {
      return Optional.empty();
    }
    long id = key.getKey().longValue();
    store.history(
        id, null, ItemStatus.NEW, 0, null, job, job == null ? "added" : "added by job " + job, now);
    return Optional.of(id);
  }

  /** Gives a failed or abandoned item a new start (attempts start again from zero). */
  @Transactional
  public ItemView retry(long itemId, String actor) {
    ItemView item = store.get(itemId, false);
    move(item, ItemStatus.NEW, "retried by " + actor, ItemStatus.retryable());
    audit.record(
        "item.retry", "item:" + itemId, "queue " + item.queue() + ", was " + item.status());
    events.publishEvent(new ItemsAdded(item.queue()));
    return store.get(itemId, true);
  }

  /** Gives up on an item that is new or failed. */
  @Transactional
  public ItemView abandon(long itemId, String actor, String reason) {
    ItemView item = store.get(itemId, false);
    move(
        item,
        ItemStatus.ABANDONED,
        reason == null ? "abandoned by " + actor : reason + " (" + actor + ")",
        EnumSet.of(ItemStatus.NEW, ItemStatus.SYSTEM_FAILED, ItemStatus.BUSINESS_FAILED));
    audit.record(
        "item.abandon",
        "item:" + itemId,
        "queue " + item.queue() + ", was " + item.status() + (reason == null ? "" : ": " + reason));
    return store.get(itemId, true);
  }

  /**
   * Retries every failed item of a queue (business and final system failures); answers how many.
   */
  @Transactional
  public int retryFailed(String queue, String actor) {
    ItemStore.Settings q = store.settings(queue);
    List<ItemView> failed =
        store
            .jdbc
            .sql(
                "SELECT * FROM queue_item WHERE queue_name = ? AND (status = 'BUSINESS_FAILED' "
                    + "OR (status = 'SYSTEM_FAILED' AND attempts >= ?))")
            .params(queue, q.maxAttempts())
            .query(store::view)
            .list();
    failed.forEach(i -> move(i, ItemStatus.NEW, "retried by " + actor, ItemStatus.retryable()));
    audit.record("queue.retry-failed", "queue:" + queue, failed.size() + " item(s) retried");
    if (!failed.isEmpty()) {
      events.publishEvent(new ItemsAdded(queue));
    }
    return failed.size();
  }

  public ItemView item(long id) {
    return store.get(id, true);
  }

  /**
   * Items of a queue, optionally of one status and only those at SLA risk ({@link AtRisk}), oldest
   * first.
   */
  public List<ItemView> items(String queue, ItemStatus status, boolean atRisk, Paging paging) {
    get(queue);
    List<Object> params = new ArrayList<>(List.of(queue));
    String where = "i.queue_name = ?";
    if (status != null) {
      where += " AND i.status = ?";
      params.add(status.name());
    }
    if (atRisk) {
      where += " AND " + AtRisk.condition("i", "q");
      params.addAll(AtRisk.params(clock.instant(), riskWindow));
    }
    return store
        .jdbc
        .sql(
            "SELECT i.* FROM queue_item i JOIN work_queue q ON q.name = i.queue_name WHERE "
                + where
                + " ORDER BY i.id"
                + paging.sql())
        .params(params)
        .query(store::view)
        .list();
  }

  private void move(ItemView item, ItemStatus to, String reason, EnumSet<ItemStatus> from) {
    if (!from.contains(item.status()) || !item.status().canBecome(to)) {
      throw new ConflictException(
          "item-state",
          Text.of(
              "队列项 " + item.id() + " 当前为 " + item.status() + ", 不能变为 " + to,
              "item " + item.id() + " is " + item.status() + " and cannot become " + to));
    }
    Instant now = clock.instant();
    int attempts = to == ItemStatus.NEW ? 0 : item.attempts();
    int n =
        store
            .jdbc
            .sql(
                "UPDATE queue_item SET status = ?, attempts = ?, reason = ?, finished_at = ?, updated_at = ? "
                    + "WHERE id = ? AND status = ?")
            .params(
                to.name(),
                attempts,
                to == ItemStatus.NEW ? null : ItemStore.cut(reason),
                to == ItemStatus.ABANDONED ? Db.ts(now) : null,
                Db.ts(now),
                item.id(),
                item.status().name())
            .update();
    if (n != 1) {
      throw new ConflictException(
          "item-busy",
          Text.of(
              "队列项 " + item.id() + " 刚被修改, 请重试",
              "item " + item.id() + " changed just now; try again"));
    }
    store.history(item.id(), item.status(), to, item.attempts(), null, null, reason, now);
  }

  private Optional<Long> existing(String queue, String reference) {
    return store
        .jdbc
        .sql("SELECT id FROM queue_item WHERE queue_name = ? AND reference = ?")
        .params(queue, reference)
        .query(Long.class)
        .optional();
  }

  private static ConflictException duplicate(String queue, String reference, Long existingId) {
    return new ConflictException(
        "duplicate-reference",
        Text.of(
            "队列 '" + queue + "' 中已有引用号为 '" + reference + "' 的项 (编号 " + existingId + "), 未重复添加",
            "queue '"
                + queue
                + "' already has an item with reference '"
                + reference
                + "' (id "
                + existingId
                + "); not added again"),
        existingId);
  }

  /**
   * Refuses an item that cannot be stored (400 naming the field, {@code prefix} first, e.g. {@code
   * items[3].}).
   */
  static void validate(String prefix, NewItem item) {
    if (item == null) {
      throw InvalidRequestException.field(
          prefix.isEmpty() ? "item" : prefix.substring(0, prefix.length() - 1),
          "缺少队列项",
          "an item is missing");
    }
    if (item.reference() == null || item.reference().isBlank() || item.reference().length() > 200) {
      throw InvalidRequestException.field(
          prefix + "reference", "须为 1-200 个字符", "must be 1-200 characters");
    }
    if (item.priority() != null && (item.priority() < 1 || item.priority() > 10)) {
      throw InvalidRequestException.field(
          prefix + "priority", "须在 1-10 之间", "must be 1-10 (got " + item.priority() + ")");
    }
  }

  private Map<String, Map<String, Long>> counts(String queue) {
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    String sql =
        "SELECT queue_name, status, COUNT(*) FROM queue_item"
            + (queue == null ? "" : " WHERE queue_name = ?")
            + " GROUP BY queue_name, status";
    var spec = store.jdbc.sql(sql);
    if (queue != null) {
      spec = spec.param(queue);
    }
    spec.query(
            (rs, n) ->
                counts
                    .computeIfAbsent(rs.getString(1), k -> emptyCounts())
                    .put(rs.getString(2), rs.getLong(3)))
        .list();
    return counts;
  }

  /**
   * Items ended per queue in the last hour and 24 hours: the day's rows of processed_item (time
   * index) joined to their queue items, so it stays cheap with millions of older rows.
   */
  private Map<String, QueueView.Throughput> throughput(String queue) {
    Instant now = clock.instant();
    Map<String, QueueView.Throughput> out = new LinkedHashMap<>();
    var spec =
        store
            .jdbc
            .sql(
                "SELECT q.queue_name, SUM(CASE WHEN p.finished_at >= ? THEN 1 ELSE 0 END), COUNT(*) "
                    + "FROM processed_item p JOIN queue_item q ON q.id = p.queue_item_id WHERE p.finished_at >= ?"
                    + (queue == null ? "" : " AND q.queue_name = ?")
                    + " GROUP BY q.queue_name")
            .param(Db.ts(now.minus(Duration.ofHours(1))))
            .param(Db.ts(now.minus(Duration.ofHours(24))));
    if (queue != null) {
      spec = spec.param(queue);
    }
    spec.query(
            (rs, n) ->
                out.put(rs.getString(1), new QueueView.Throughput(rs.getLong(2), rs.getLong(3))))
        .list();
    return out;
  }

  private static Map<String, Long> emptyCounts() {
    Map<String, Long> m = new LinkedHashMap<>();
    for (ItemStatus s : ItemStatus.values()) {
      m.put(s.name(), 0L);
    }
    return m;
  }
}
