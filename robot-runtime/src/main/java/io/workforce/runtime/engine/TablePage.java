package io.workforce.runtime.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One reading of a table as the grid script returns it: the header key of every column (as the page
 * writes it; may be empty or repeated), the records' cell texts in grid order, how many full-width
 * rows (titles, "no records", pagers) were left out, and how many rows the table has.
 */
record TablePage(List<String> keys, List<List<String>> rows, int skipped, int rowCount) {

  static TablePage of(Object raw) {
    Map<?, ?> m = (Map<?, ?>) raw;
    List<List<String>> rows = new ArrayList<>();
    for (Object row : (List<?>) m.get("rows")) {
      rows.add(texts(row));
    }
    Object count = m.get("rowCount");
    return new TablePage(
        texts(m.get("keys")),
        rows,
        ((Number) m.get("skipped")).intValue(),
        count == null ? rows.size() : ((Number) count).intValue());
  }

  private static List<String> texts(Object list) {
    return ((List<?>) list).stream().map(String::valueOf).toList();
  }

  /** The first row, shortened, for messages. */
  String firstRow() {
    return rows.isEmpty() ? "-" : describe(rows.get(0));
  }

  static String describe(List<String> row) {
    String s = String.join(" | ", row);
    return s.length() > 120 ? s.substring(0, 120) + "…" : s;
  }
}
