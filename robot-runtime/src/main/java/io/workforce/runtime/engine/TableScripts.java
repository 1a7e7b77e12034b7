package io.workforce.runtime.engine;

import io.workforce.runtime.Scripts;
import io.workforce.runtime.Selector;
import java.util.LinkedHashMap;
import java.util.Map;

/** The page scripts of {@code table.js} that read tables, pagers and label/value tables. */
final class TableScripts {

  /** {@code (table, {rows, header}) => {keys, rows, skipped, rowCount}}. */
  static final String GRID = Scripts.function("table.js", "grid");

  /** {@code (elements, {current}) => {current, items}}. */
  static final String PAGER = Scripts.function("table.js", "pager");

  /** {@code (element) => true}: scrolls the element's boxes and the window to the bottom. */
  static final String SCROLL_END = Scripts.function("table.js", "scrollEnd");

  /** {@code (table) => [[label, value]]}. */
  static final String LABELS = Scripts.function("table.js", "labels");

  private TableScripts() {}

  /** The {@code rows} selector as the grid script takes it: {kind, query}. */
  static Map<String, Object> rows(Selector rows) {
    if (rows == null) {
      return null;
    }
    String query =
        switch (rows.kind()) {
          case CSS -> ((Selector.Css) rows).css();
          case XPATH -> ((Selector.XPath) rows).xpath();
          case ROLE -> ((Selector.Role) rows).role();
          case TEXT -> ((Selector.Text) rows).text();
          case LABEL -> ((Selector.Label) rows).text();
        };
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("kind", rows.kind().name());
    spec.put("query", query);
    return spec;
  }
}
