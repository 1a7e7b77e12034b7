package io.workforce.runtime.input;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

/** Items known up front (a file's rows, one form), handed out in order to whichever worker asks. */
public final class ListSource implements WorkSource {

  private final List<WorkItem> items;
  private final String description;
  private final AtomicInteger next = new AtomicInteger();

  public ListSource(List<WorkItem> items, String description) {
    this.items = List.copyOf(items);
    this.description = description;
  }

  /** Every item. */
  public List<WorkItem> items() {
    return items;
  }

  @Override
  public Optional<WorkItem> next() {
    int i = next.getAndIncrement();
    return i < items.size() ? Optional.of(items.get(i)) : Optional.empty();
  }

  @Override
  public OptionalInt total() {
    return OptionalInt.of(items.size());
  }

  @Override
  public String describe() {
    return description;
  }
}
