package io.workforce.runtime.engine;

import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.journal.ItemStatus;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a run did.
 *
 * @param runId the run's id
 * @param runDir where its journal, report and screenshots are
 * @param results each item's result by item index
 * @param workers how many workers actually ran
 * @param millis wall time
 * @param stopped whether it was stopped early
 */
public record RunSummary(
    String runId,
    Path runDir,
    Map<Integer, ItemResult> results,
    int workers,
    long millis,
    boolean stopped) {

  /** How many items ended with this status. */
  public int count(ItemStatus status) {
    return (int) results.values().stream().filter(r -> r.status() == status).count();
  }

  /** Items per minute. */
  public double itemsPerMinute() {
    return results.size() / (Math.max(1, millis) / 60000.0);
  }
}
