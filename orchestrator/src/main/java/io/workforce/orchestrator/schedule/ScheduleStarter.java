package io.workforce.orchestrator.schedule;

import io.workforce.orchestrator.cluster.ClusterOnce;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.flow.FlowCatalog;
import io.workforce.orchestrator.job.JobOrigin;
import io.workforce.orchestrator.job.JobService;
import io.workforce.orchestrator.job.JobStateMachine;
import io.workforce.orchestrator.job.StartJobRequest;
import io.workforce.orchestrator.queue.ItemStatus;
import io.workforce.orchestrator.queue.QueueService;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts the jobs of schedules: a cron firing (with the overlap rule), and queue triggers that keep
 * up to N jobs running while their queue has ready items. Each decision locks its schedule row, so
 * that several orchestrator nodes never start the same job twice.
 */
@Service
public class ScheduleStarter {

  private static final Logger log = LoggerFactory.getLogger(ScheduleStarter.class);
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final String ACTIVE = Db.in(JobStateMachine.UNFINISHED);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final JsonMapper json;
  private final JobService jobs;
  private final FlowCatalog flows;
  private final ClusterOnce once;
  private final TransactionTemplate tx;
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "queue-triggers"));
  private final AtomicBoolean checkQueued = new AtomicBoolean();

  ScheduleStarter(
      JdbcClient jdbc,
      Clock clock,
      JsonMapper json,
      JobService jobs,
      FlowCatalog flows,
      TransactionTemplate tx,
      ClusterOnce once) {
    this.once = once;
    this.flows = flows;
    this.jdbc = jdbc;
    this.clock = clock;
    this.json = json;
    this.jobs = jobs;
    this.tx = tx;
  }

  private record Row(
      long id,
      String name,
      String kind,
      String flow,
      String overlap,
      String queue,
      int maxJobs,
      int priority,
      String pool,
      String labels,
      String inputs,
      String createdBy,
      Integer deadlineMinutes,
      boolean paused) {}

  /**
   * A cron firing: starts a job unless the overlap rule says skip; answers the job id. One slot
   * (schedule, fire time) starts at most one job, however often it is fired: Quartz may hand a slot
   * to two nodes when one (re)joins the cluster, and the firing is recorded under the schedule's
   * row lock.
   */
  public Optional<Long> fire(long scheduleId, Instant scheduledFor) {
    return tx.execute(
        s -> {
          Optional<Row> row = lock(scheduleId);
          if (row.isEmpty() || row.get().paused()) {
            return Optional.<Long>empty();
          }
          if (firedAlready(scheduleId, scheduledFor)) {
            log.warn(
                "schedule {} fired again for {}: that slot has already fired, nothing started",
                row.get().name(),
                scheduledFor);
            return Optional.<Long>empty();
          }
          Optional<Long> job;
          if (row.get().overlap().equals("SKIP") && active(scheduleId) > 0) {
            log.info(
                "schedule {} fired for {} but its previous job is unfinished: skipped (overlap SKIP)",
                row.get().name(),
                scheduledFor);
            job = Optional.empty();
          } else {
            job = Optional.of(start(row.get()));
          }
          recordFiring(scheduleId, scheduledFor, job.orElse(null));
          return job;
        });
  }

  private boolean firedAlready(long scheduleId, Instant slot) {
    return jdbc.sql("SELECT COUNT(*) FROM schedule_firing WHERE schedule_id = ? AND fire_time = ?")
            .params(scheduleId, Db.ts(slot))
            .query(Long.class)
            .single()
        > 0;
  }

  private void recordFiring(long scheduleId, Instant slot, Long jobId) {
    Instant now = clock.instant();
    jdbc.sql("DELETE FROM schedule_firing WHERE schedule_id = ? AND fire_time < ?")
        .params(scheduleId, Db.ts(now.minus(Duration.ofDays(1))))
        .update();
    jdbc.sql(
            "INSERT INTO schedule_firing (schedule_id, fire_time, job_id, fired_at) VALUES (?,?,?,?)")
        .params(scheduleId, Db.ts(slot), jobId, Db.ts(now))
        .update();
  }

  /**
   * Queue triggers, periodically: one node at a time across a cluster (the schedule row lock keeps
   * them exact anyway; this keeps the nodes from doing the same work).
   */
  @Scheduled(fixedDelayString = "${workforce.queues.queue-trigger-interval:5s}")
  void periodicQueueTriggers() {
    once.run("queue-triggers", this::queueTriggers);
  }

  /** Queue triggers: top up each queue schedule to its max jobs while its queue has ready items. */
  public void queueTriggers() {
    for (long id :
        jdbc.sql("SELECT id FROM schedule WHERE kind = 'QUEUE' AND paused = FALSE")
            .query(Long.class)
            .list()) {
      try {
        tx.executeWithoutResult(s -> topUp(id));
      } catch (RuntimeException e) {
        log.warn("queue trigger {} could not start a job: {}", id, e.getMessage());
      }
    }
  }

  /**
   * New items: check the queue triggers soon, on one background thread, once for a burst of
   * additions.
   */
  @TransactionalEventListener(fallbackExecution = true)
  void itemsAdded(QueueService.ItemsAdded event) {
    if (checkQueued.compareAndSet(false, true)) {
      background.execute(
          () -> {
            checkQueued.set(false);
            queueTriggers();
          });
    }
  }

  @PreDestroy
  void stop() {
    background.shutdownNow();
  }

  private void topUp(long id) {
    Optional<Row> row = lock(id);
    if (row.isEmpty() || row.get().paused()) {
      return;
    }
    Optional<String> reads = flows.queueOf(row.get().flow());
    if (!reads.equals(Optional.ofNullable(row.get().queue()))) {
      // the flow's live version now reads another queue: its jobs would find nothing here
      log.warn(
          "queue trigger {} watches queue {} but flow {} now reads {}: no job started",
          row.get().name(),
          row.get().queue(),
          row.get().flow(),
          reads.orElse("no queue"));
      return;
    }
    long ready =
        jdbc.sql(
                "SELECT COUNT(*) FROM queue_item i JOIN work_queue q ON q.name = i.queue_name "
                    + "WHERE i.queue_name = ? AND i.status IN "
                    + Db.in(ItemStatus.CLAIMABLE)
                    + " AND i.attempts < q.max_attempts")
            .param(row.get().queue())
            .query(Long.class)
            .single();
    long toStart = Math.min(row.get().maxJobs() - active(id), ready);
    for (int i = 0; i < toStart; i++) {
      start(row.get());
    }
  }

  private long start(Row r) {
    Instant deadline =
        r.deadlineMinutes() == null ? null : clock.instant().plusSeconds(60L * r.deadlineMinutes());
    StartJobRequest request =
        new StartJobRequest(
            r.flow(),
            null,
            json.readValue(r.inputs(), MAP),
            r.priority(),
            deadline,
            r.pool(),
            List.copyOf(Db.splitList(r.labels())),
            null);
    // a schedule's jobs run for the person who created it: only they agreed to their personal
    // credentials being used (null: nobody, shared credentials only)
    long jobId =
        jobs.start(
                request.runningFor(r.createdBy()),
                "schedule:" + r.name(),
                JobOrigin.schedule(r.id(), r.name(), "QUEUE".equals(r.kind())))
            .id();
    log.info("schedule {} started job {}", r.name(), jobId);
    return jobId;
  }

  private long active(long scheduleId) {
    return jdbc.sql("SELECT COUNT(*) FROM job WHERE schedule_id = ? AND state IN " + ACTIVE)
        .param(scheduleId)
        .query(Long.class)
        .single();
  }

  private Optional<Row> lock(long id) {
    return jdbc.sql("SELECT * FROM schedule WHERE id = ? FOR UPDATE")
        .param(id)
        .query(
            (rs, n) ->
                new Row(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getString("kind"),
                    rs.getString("flow_name"),
                    rs.getString("overlap"),
                    rs.getString("queue_name"),
                    rs.getInt("max_jobs"),
                    rs.getInt("priority"),
                    rs.getString("pool"),
                    rs.getString("labels"),
                    rs.getString("inputs"),
                    rs.getString("created_by"),
                    Db.integer(rs, "deadline_minutes"),
                    rs.getBoolean("paused")))
        .optional();
  }
}
