package io.workforce.runtime.input;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a run's items come from: a spreadsheet or CSV file, named fields, or (in robot mode) an
 * orchestrator work queue that leases items one at a time. Called by several worker threads at
 * once: implementations are thread-safe.
 */
public interface WorkSource extends AutoCloseable {

  /**
   * The next item, or empty when there is no more work (a queue may block briefly while it asks).
   */
  Optional<WorkItem> next();

  /** How many items there are, when known in advance. */
  OptionalInt total();

  /** Called once per item when it has ended, so that a queue can complete or fail it. */
  default void completed(WorkItem item, ItemResult result) {}

  /** What the source is, for the journal, e.g. "cases.xlsx (20 rows)". */
  String describe();

  @Override
  default void close() {}
}
