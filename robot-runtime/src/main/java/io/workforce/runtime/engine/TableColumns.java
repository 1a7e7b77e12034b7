package io.workforce.runtime.engine;

import io.workforce.flows.step.ReadTable;
import io.workforce.runtime.Messages;
import io.workforce.runtime.SystemException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a table's cells become records: every column keyed by its header (empty header: col1, col2…;
 * a repeated header: 金额, 金额_2), or the flow's {@code columns}, found by header text or number.
 */
final class TableColumns {

  private final ReadTable step;
  private final List<String> keys;

  /**
   * @param headers the header key of every column, as the page writes them
   */
  TableColumns(ReadTable step, List<String> headers) {
    this.step = step;
    this.keys = unique(headers);
  }

  /** The record keys of the columns when the flow does not choose columns. */
  List<String> keys() {
    return keys;
  }

  static List<String> unique(List<String> headers) {
    List<String> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      String h = headers.get(i).isEmpty() ? "col" + (i + 1) : headers.get(i);
      int n = seen.merge(h, 1, Integer::sum);
      out.add(n == 1 ? h : h + "_" + n);
    }
    return out;
  }

  /**
   * The 0-based column of a header text: the column whose key is the text, else the one whose
   * lowest header cell is (性别/男 for 男), when only one is.
   */
  int indexOf(String header) {
    int exact = keys.indexOf(header);
    if (exact >= 0) {
      return exact;
    }
    int found = -1;
    for (int i = 0; i < keys.size(); i++) {
      String k = keys.get(i);
      if (k.endsWith("/" + header)) {
        if (found >= 0) {
          return -1;
        }
        found = i;
      }
    }
    return found;
  }

  /** The column a {@code columns} entry or a {@code key} entry names; fails naming the columns. */
  int column(String nameOrHeader) {
    for (ReadTable.Column c : step.columns()) {
      if (c.name().equals(nameOrHeader)) {
        return index(c);
      }
    }
    int i = indexOf(nameOrHeader);
    if (i < 0) {
      throw noColumn(nameOrHeader);
    }
    return i;
  }

  private int index(ReadTable.Column c) {
    if (c.header() == null) {
      return c.index() - 1;
    }
    int i = indexOf(c.header());
    if (i < 0) {
      throw noColumn(c.header());
    }
    return i;
  }

  private SystemException noColumn(String header) {
    return new SystemException(Messages.get("run.nocolumn", header, String.join(", ", keys)));
  }

  /** One record from a row's cells. */
  Map<String, Object> record(List<String> cells) {
    Map<String, Object> rec = new LinkedHashMap<>();
    if (step.columns().isEmpty()) {
      for (int i = 0; i < cells.size(); i++) {
        rec.put(i < keys.size() ? keys.get(i) : "col" + (i + 1), cells.get(i));
      }
      return rec;
    }
    for (ReadTable.Column column : step.columns()) {
      int index = index(column);
      String text = index < cells.size() ? cells.get(index) : null;
      rec.put(column.name(), Values.convert(text, column.as(), column.format(), column.name()));
    }
    return rec;
  }
}
