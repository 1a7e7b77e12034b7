package io.workforce.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * What a selector matched, described for a person: tag with id and name, text, visible or not, in a
 * shadow root or not. Used by ambiguity and timeout messages on both drivers ({@link
 * Scripts#DESCRIBE} gives the raw rows).
 */
public final class Matches {

  /** Matches listed in a message; more are counted, not shown. */
  static final int SHOWN = 5;

  private Matches() {}

  /** {@code 1) <input#name> 「张三」 可见; 2) <input> 不可见} from the rows of {@link Scripts#DESCRIBE}. */
  public static String describe(List<?> rows) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < rows.size() && i < SHOWN; i++) {
      List<?> r = (List<?>) rows.get(i);
      StringBuilder s = new StringBuilder();
      s.append(i + 1).append(") <").append(r.get(0)).append('>');
      String text = String.valueOf(r.get(1));
      if (!text.isEmpty()) {
        s.append(" 「").append(text).append('」');
      }
      s.append(' ')
          .append(Messages.get(Boolean.TRUE.equals(r.get(2)) ? "match.visible" : "match.hidden"));
      if (Boolean.TRUE.equals(r.get(3))) {
        s.append(", ").append(Messages.get("match.shadow"));
      }
      out.add(s.toString());
    }
    if (rows.size() > SHOWN) {
      out.add("…");
    }
    return String.join("; ", out);
  }

  /**
   * Why a wait found nothing to act on, for the timeout message: the matches there were (hidden,
   * disabled), or for none, the label rules tried and the closed shadow roots that no selector
   * enters. Null when there is nothing to add.
   *
   * @param rows the matches, as {@link Scripts#DESCRIBE} rows
   * @param labelTexts the label texts on the page (asked only for a label= selector)
   * @param closedRoots the hosts of closed shadow roots (asked only when nothing matched)
   */
  public static String why(
      Selector selector,
      List<?> rows,
      java.util.function.Supplier<List<String>> labelTexts,
      java.util.function.Supplier<List<String>> closedRoots) {
    if (!rows.isEmpty()) {
      return Messages.get("why.notActionable", rows.size(), describe(rows));
    }
    List<String> parts = new ArrayList<>();
    if (selector instanceof Selector.Label label) {
      List<String> texts = safely(labelTexts);
      parts.add(
          Messages.get(
              "why.labelTried", label.text(), texts.isEmpty() ? "—" : String.join(", ", texts)));
    }
    String closed = ClosedRoots.phrase(safely(closedRoots));
    if (closed != null) {
      parts.add(Messages.get("why.closedRoots", closed));
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  private static List<String> safely(java.util.function.Supplier<List<String>> s) {
    try {
      List<String> out = s.get();
      return out == null ? List.of() : out;
    } catch (RuntimeException e) {
      return List.of(); // a message must not fail for want of detail
    }
  }

  /** The ambiguity error: the selector matched {@code rows.size()} elements, listed. */
  public static SystemException ambiguous(String selector, List<?> rows) {
    return new SystemException(
        Messages.get("error.ambiguous", selector, rows.size(), describe(rows)));
  }
}
