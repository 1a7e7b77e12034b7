package io.workforce.runtime.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a pager shows, as the pager script reads it: the current page number (null when the page
 * does not show it) and every element the pager selector matches.
 */
record PagerState(Integer current, List<Item> items) {

  /**
   * One matched element.
   *
   * @param index its position among the matches (for clicking it)
   * @param text its text
   * @param number the page number it shows, or null
   * @param current whether it is marked as the current page
   * @param more whether it leads to further pages (…, 下一页, next)
   * @param after whether it comes after the current page's marker (null: no marker)
   * @param clickable a link or button that is not disabled
   * @param visible whether it has a box on the page
   */
  record Item(
      int index,
      String text,
      Integer number,
      boolean current,
      boolean more,
      Boolean after,
      boolean clickable,
      boolean visible) {

    boolean usable() {
      return clickable && visible;
    }
  }

  static PagerState of(Object raw) {
    Map<?, ?> m = (Map<?, ?>) raw;
    List<Item> items = new ArrayList<>();
    int i = 0;
    for (Object o : (List<?>) m.get("items")) {
      List<?> r = (List<?>) o;
      items.add(
          new Item(
              i++,
              String.valueOf(r.get(0)),
              r.get(1) == null ? null : ((Number) r.get(1)).intValue(),
              Boolean.TRUE.equals(r.get(2)),
              Boolean.TRUE.equals(r.get(3)),
              r.get(4) == null ? null : Boolean.TRUE.equals(r.get(4)),
              Boolean.TRUE.equals(r.get(5)),
              Boolean.TRUE.equals(r.get(6))));
    }
    Object current = m.get("current");
    return new PagerState(current == null ? null : ((Number) current).intValue(), items);
  }

  /** The texts of the items, for messages. */
  String texts() {
    return String.join(" ", items.stream().map(Item::text).toList());
  }
}
