package io.workforce.runtime.engine;

import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.journal.ItemStatus;
import io.workforce.runtime.result.ResultFiles;
import io.workforce.runtime.result.ResultTable;
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
 * @param table the result table (also written as {@code result.xlsx} and {@code result.csv})
 */
public record RunSummary(
    String runId,
    Path runDir,
    Map<Integer, ItemResult> results,
    int workers,
    long millis,
    boolean stopped,
    ResultTable table) {

  /** The result spreadsheet in the run directory. */
  public Path resultXlsx() {
    return runDir.resolve(ResultFiles.XLSX);
  }

  /** The result CSV in the run directory. */
  public Path resultCsv() {
    return runDir.resolve(ResultFiles.CSV);
  }

  /** How many items ended with this status. */
  public int count(ItemStatus status) {
    return (int) results.values().stream().filter(r -> r.status() == status).count();
  }

  /** How many items ended well (succeeded, or nothing to do). */
  public int ok() {
    return (int) results.values().stream().filter(r -> r.status().ok()).count();
  }

  /** How many items failed (business or system errors). */
  public int failed() {
    return (int) results.values().stream().filter(r -> r.status().failed()).count();
  }

  /** Items per minute. */
  public double itemsPerMinute() {
    return results.size() / (Math.max(1, millis) / 60000.0);
  }
}
