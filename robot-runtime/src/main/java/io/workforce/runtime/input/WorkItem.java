package io.workforce.runtime.input;

import java.util.Map;

/**
 * One unit of work: a spreadsheet row, a form, a queue item. Its data is {@code ${item.…}} in the
 * flow.
 *
 * @param index 1-based position in the run
 * @param label how people recognise it, e.g. "第 3 行 张三" or a queue reference
 * @param data the fields
 * @param reference the source's own id (row number, queue item id), for acknowledging it
 */
public record WorkItem(int index, String label, Map<String, Object> data, String reference) {

  public WorkItem {
    data = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
  }
}
