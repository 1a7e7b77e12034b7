package io.workforce.orchestrator.queue;

import io.workforce.orchestrator.db.Db;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Which unfinished items are at SLA risk: due (their own deadline) within the risk window, or
 * waiting longer than their queue's SLA. The overview's count, the list behind it and the queue
 * page's filter all use this one condition, so that they always agree.
 */
public final class AtRisk {

  private AtRisk() {}

  /** Unfinished: waiting, being worked or failed with attempts left. */
  public static final String UNFINISHED =
      "%1$s.status IN " + Db.in(ItemStatus.OPEN) + " AND %1$s.finished_at IS NULL";

  /**
   * The SQL condition on an item (alias {@code item}) joined to its queue (alias {@code queue});
   * bind {@link #params} in order.
   */
  public static String condition(String item, String queue) {
    return UNFINISHED.formatted(item)
        + " AND (%1$s.deadline < ? OR (%2$s.sla_minutes IS NOT NULL AND EXTRACT(EPOCH FROM %1$s.created_at) < ? - %2$s.sla_minutes * 60))"
            .formatted(item, queue);
  }

  public static List<Object> params(Instant now, Duration riskWindow) {
    return List.of(Db.ts(now.plus(riskWindow)), now.getEpochSecond());
  }

  /**
   * When an item is due: the earlier of its own deadline and its queue's SLA after it was added.
   */
  public static Instant due(Instant deadline, Instant createdAt, Integer slaMinutes) {
    Instant bySla = slaMinutes == null ? null : createdAt.plus(Duration.ofMinutes(slaMinutes));
    if (deadline == null) {
      return bySla;
    }
    return bySla == null || deadline.isBefore(bySla) ? deadline : bySla;
  }
}
