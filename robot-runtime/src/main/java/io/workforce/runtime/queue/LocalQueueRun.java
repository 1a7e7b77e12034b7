package io.workforce.runtime.queue;

import io.workforce.runtime.Messages;
import io.workforce.runtime.engine.RunSummary;
import io.workforce.runtime.input.ItemResult;
import io.workforce.runtime.input.ListSource;
import io.workforce.runtime.input.WorkItem;
import io.workforce.runtime.journal.ItemStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./rpa run} of a flow with {@code input: { queue: … }} and no {@code --input}: the items
 * ready in the local queue become the run's items (payload as {@code ${item.…}}, the reference as
 * label), and each item's end goes back to the queue file.
 */
public final class LocalQueueRun {

  private final LocalQueues queues;
  private final String queue;
  private final List<LocalItem> taken;
  private final ListSource source;

  private LocalQueueRun(LocalQueues queues, String queue, List<LocalItem> taken) {
    this.queues = queues;
    this.queue = queue;
    this.taken = taken;
    List<WorkItem> items = new ArrayList<>();
    for (int n = 0; n < taken.size(); n++) {
      LocalItem i = taken.get(n);
      items.add(new WorkItem(n + 1, i.reference(), i.payload(), i.reference()));
    }
    this.source =
        new ListSource(
            items, Messages.get("cli.queueTaken", queue, queues.file(queue), items.size()));
  }

  /** Takes the ready items for a run. */
  public static LocalQueueRun take(LocalQueues queues, String queue, String run) {
    return new LocalQueueRun(queues, queue, queues.take(queue, run));
  }

  /** The ready items, left in the queue (a dry run). */
  public static LocalQueueRun peek(LocalQueues queues, String queue) {
    return new LocalQueueRun(queues, queue, queues.ready(queue));
  }

  public ListSource source() {
    return source;
  }

  /**
   * Writes each taken item's end back: done, business error, system error (taken again later), or
   * new again when the run stopped before it ended.
   */
  public void report(RunSummary summary) {
    for (int n = 0; n < taken.size(); n++) {
      ItemResult r = summary == null ? null : summary.results().get(n + 1);
      queues.report(
          queue,
          taken.get(n).reference(),
          r == null ? ItemStatus.STOPPED : r.status(),
          r == null ? null : r.reason());
    }
  }
}
