package io.workforce.runtime.engine;

import io.workforce.flows.step.Read;
import io.workforce.runtime.Messages;
import io.workforce.runtime.Selector;
import io.workforce.runtime.SystemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code read: { table: … }}: a label/value table (姓名 | 张三 | 性别 | 男) as a record keyed by its
 * labels — written without spaces and without the trailing colon (「姓　　名：」 is 姓名); a label that
 * comes twice gets _2. With {@code labels}, only those, under the flow's names.
 */
final class LabelTable {

  private LabelTable() {}

  static Map<String, Object> read(Read step, ItemContext ctx) {
    Selector table = ctx.selector(step.table());
    Map<String, Object> all = new LinkedHashMap<>();
    for (Object pair : (List<?>) ctx.page().evaluateOn(table, TableScripts.LABELS, null)) {
      List<?> p = (List<?>) pair;
      String label = label(String.valueOf(p.get(0)));
      if (label.isEmpty()) {
        continue;
      }
      String key = label;
      for (int n = 2; all.containsKey(key); n++) {
        key = label + "_" + n;
      }
      all.put(key, String.valueOf(p.get(1)));
    }
    if (step.labels().isEmpty()) {
      return all;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    step.labels()
        .forEach(
            (name, written) -> {
              String label = label(written);
              if (!all.containsKey(label)) {
                throw new SystemException(
                    Messages.get(
                        "run.labels.missing",
                        label,
                        table.source(),
                        String.join(", ", all.keySet())));
              }
              out.put(name, all.get(label));
            });
    return out;
  }

  /** A label as a key: no white space (also U+3000 and no-break space), no trailing colon. */
  static String label(String text) {
    return text.replaceAll("[\\s\\u3000\\u00a0]+", "").replaceAll("[:：]+$", "");
  }
}
