package io.workforce.runtime.engine;

import io.workforce.runtime.journal.ItemStatus;

/**
 * Thrown by a {@code done} step: ends the item at once, well. Not an error: {@code try} lets it
 * pass (its {@code finally} still runs), the retry never sees it.
 */
final class ItemDone extends RuntimeException {

  final ItemStatus status;
  final String reason;

  ItemDone(ItemStatus status, String reason) {
    super("item done: " + status, null, false, false);
    this.status = status;
    this.reason = reason;
  }
}
