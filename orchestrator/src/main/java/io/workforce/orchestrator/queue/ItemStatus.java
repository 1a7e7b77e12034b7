package io.workforce.orchestrator.queue;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of a work-queue item and the one table of allowed changes.
 *
 * <pre>
 * NEW            -> IN_PROGRESS (claimed), ABANDONED
 * IN_PROGRESS    -> SUCCESSFUL, BUSINESS_FAILED, SYSTEM_FAILED (robot said so, lease expired, robot lost)
 * SYSTEM_FAILED  -> IN_PROGRESS (claimed again while attempts &lt; the queue's max), NEW (retry), ABANDONED
 * BUSINESS_FAILED-> NEW (retry by a person), ABANDONED
 * ABANDONED      -> NEW (retry by a person)
 * SUCCESSFUL     -> (final)
 * </pre>
 */
public enum ItemStatus {
  NEW,
  IN_PROGRESS,
  SUCCESSFUL,
  BUSINESS_FAILED,
  SYSTEM_FAILED,
  ABANDONED;

  private static final Map<ItemStatus, EnumSet<ItemStatus>> ALLOWED =
      new EnumMap<>(ItemStatus.class);

  static {
    ALLOWED.put(NEW, EnumSet.of(IN_PROGRESS, ABANDONED));
    ALLOWED.put(IN_PROGRESS, EnumSet.of(SUCCESSFUL, BUSINESS_FAILED, SYSTEM_FAILED));
    ALLOWED.put(SYSTEM_FAILED, EnumSet.of(IN_PROGRESS, NEW, ABANDONED));
    ALLOWED.put(BUSINESS_FAILED, EnumSet.of(NEW, ABANDONED));
    ALLOWED.put(ABANDONED, EnumSet.of(NEW));
    ALLOWED.put(SUCCESSFUL, EnumSet.noneOf(ItemStatus.class));
  }

  /** The statuses a robot may claim an item from: those that may become IN_PROGRESS. */
  public static final Set<ItemStatus> CLAIMABLE;

  /** Still to be done: not ended well, not given up on, not failed for good by the data. */
  public static final Set<ItemStatus> OPEN;

  static {
    Set<ItemStatus> claimable = EnumSet.noneOf(ItemStatus.class);
    ALLOWED.forEach(
        (from, targets) -> {
          if (targets.contains(IN_PROGRESS)) {
            claimable.add(from);
          }
        });
    CLAIMABLE = Collections.unmodifiableSet(claimable);
    Set<ItemStatus> open = EnumSet.copyOf(claimable);
    open.add(IN_PROGRESS);
    OPEN = Collections.unmodifiableSet(open);
  }

  /** Whether an item may go from this status to {@code to}. */
  public boolean canBecome(ItemStatus to) {
    return ALLOWED.get(this).contains(to);
  }

  /**
   * Checks a change the code is about to write; a change the table does not allow is a bug, never
   * written.
   *
   * @return {@code to}
   */
  public static ItemStatus change(ItemStatus from, ItemStatus to) {
    if (!from.canBecome(to)) {
      throw new IllegalStateException("a queue item cannot go from " + from + " to " + to);
    }
    return to;
  }

  /** Statuses a person may retry from. */
  public static EnumSet<ItemStatus> retryable() {
    return EnumSet.of(SYSTEM_FAILED, BUSINESS_FAILED, ABANDONED);
  }
}
