package io.workforce.runtime.playwright;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/** Small conversions for tables and windows. */
final class Tables {

  private Tables() {}

  @SuppressWarnings("unchecked")
  static List<List<String>> cells(List<Object> raw) {
    List<List<String>> out = new ArrayList<>();
    for (Object row : raw) {
      out.add(((List<Object>) row).stream().map(String::valueOf).toList());
    }
    return out;
  }

  static String id(Page page) {
    return "w" + Integer.toHexString(System.identityHashCode(page));
  }
}
