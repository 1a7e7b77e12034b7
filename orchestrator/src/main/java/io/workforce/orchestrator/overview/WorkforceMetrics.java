package io.workforce.orchestrator.overview;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.job.JobEvents;
import io.workforce.orchestrator.queue.ItemStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Prometheus metrics beyond the ones features record themselves ({@code
 * workforce.dispatch.latency}, {@code workforce.items}): jobs by end state, queue depth per queue,
 * robots online, pending jobs.
 */
@Component
class WorkforceMetrics {

  private final JdbcClient jdbc;
  private final MeterRegistry meters;
  private final MultiGauge queueDepth;
  private final AtomicLong robotsOnline = new AtomicLong();
  private final AtomicLong jobsPending = new AtomicLong();

  WorkforceMetrics(JdbcClient jdbc, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.meters = meters;
    this.queueDepth =
        MultiGauge.builder("workforce.queue.depth")
            .description("ready items per queue")
            .register(meters);
    Gauge.builder("workforce.robots.online", robotsOnline, AtomicLong::get).register(meters);
    Gauge.builder("workforce.jobs.pending", jobsPending, AtomicLong::get).register(meters);
  }

  @EventListener
  void jobFinished(JobEvents.Finished event) {
    meters
        .counter("workforce.jobs.finished", "state", event.state(), "flow", event.flowName())
        .increment();
  }

  @EventListener
  void jobCreated(JobEvents.Created event) {
    meters.counter("workforce.jobs.created", "flow", event.flowName()).increment();
  }

  @Scheduled(fixedDelayString = "${workforce.metrics.refresh:15s}")
  void refresh() {
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    jdbc.sql(
            "SELECT queue_name, COUNT(*) FROM queue_item WHERE status IN "
                + Db.in(ItemStatus.CLAIMABLE)
                + " GROUP BY queue_name")
        .query(
            (rs, n) ->
                rows.add(MultiGauge.Row.of(Tags.of("queue", rs.getString(1)), rs.getLong(2))))
        .list();
    queueDepth.register(rows, true);
    robotsOnline.set(
        jdbc.sql("SELECT COUNT(*) FROM robot WHERE status = 'ONLINE'").query(Long.class).single());
    jobsPending.set(
        jdbc.sql("SELECT COUNT(*) FROM job WHERE state = 'PENDING'").query(Long.class).single());
  }
}
