package io.workforce.runtime.robot;

import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.input.WorkItem;
import io.workforce.runtime.input.WorkSource;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A job's work source as the robot sees it: it can be closed (the robot shuts down: no new item is
 * taken, the one in hand finishes), and it remembers how each item ended, for the job's result and
 * for the orchestrator's count of items that did not come from a queue.
 */
final class JobSource implements WorkSource {

  /** How one item ended. */
  record Ended(WorkItem item, ItemResult result, Instant at) {}

  private final WorkSource inner;
  private final Clock clock;
  private final List<Ended> ended = new ArrayList<>();
  private volatile boolean closedForNew;
  private volatile boolean exhausted;

  JobSource(WorkSource inner, Clock clock) {
    this.inner = inner;
    this.clock = clock;
  }

  /** No new item from now on. */
  void stopTaking() {
    closedForNew = true;
  }

  /** Whether items may have been left untaken because {@link #stopTaking()} came first. */
  boolean cutShort() {
    return closedForNew && !exhausted;
  }

  /** Every item that ended, in the order they ended. */
  synchronized List<Ended> ended() {
    return List.copyOf(ended);
  }

  @Override
  public Optional<WorkItem> next() {
    if (closedForNew) {
      return Optional.empty();
    }
    Optional<WorkItem> item = inner.next();
    if (item.isEmpty()) {
      exhausted = true;
    }
    return item;
  }

  @Override
  public void completed(WorkItem item, ItemResult result) {
    inner.completed(item, result);
    synchronized (this) {
      ended.add(new Ended(item, result, clock.instant()));
    }
  }

  @Override
  public OptionalInt total() {
    return inner.total();
  }

  @Override
  public String describe() {
    return inner.describe();
  }

  @Override
  public void close() {
    inner.close();
  }
}
