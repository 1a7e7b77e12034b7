package io.workforce.runtime.engine;

import io.workforce.flows.FlowInput;
import io.workforce.flows.FormField;
import io.workforce.runtime.input.WorkItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values that tell an item apart for people, for {@code item_end} and the result file: the
 * flow's {@code input.key} columns or fields, else the first column (a file) or field (a form); a
 * queue item's reference.
 */
final class ItemKeys {

  private ItemKeys() {}

  static Map<String, Object> of(FlowInput input, WorkItem item) {
    Map<String, Object> key = new LinkedHashMap<>();
    if (input instanceof FlowInput.Queue) {
      key.put("reference", item.label());
      return key;
    }
    List<String> names = List.of();
    if (input instanceof FlowInput.File f) {
      names = f.key();
    } else if (input instanceof FlowInput.Form f) {
      names =
          !f.key().isEmpty() ? f.key() : f.fields().stream().map(FormField::name).limit(1).toList();
    }
    if (names.isEmpty()) {
      item.data().entrySet().stream().findFirst().ifPresent(e -> key.put(e.getKey(), e.getValue()));
    }
    for (String name : names) {
      key.put(name, item.data().get(name));
    }
    return key;
  }
}
