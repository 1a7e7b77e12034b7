package io.workforce.flows.selector;

/**
 * A selector whose syntax was checked, split into what the drivers need.
 *
 * @param source the selector as written (rendered, when it held expressions)
 * @param kind which engine finds it
 * @param body the part after the prefix and before {@code >> visible=true}: the CSS or XPath text,
 *     the text or label to look for (unquoted), or the ARIA role
 * @param exact for text and label: the body was quoted, so the whole text must equal it; for role:
 *     the name must equal it ({@code [name="…" s]})
 * @param name for role: the accessible name to look for, or null for any
 * @param visibleOnly {@code >> visible=true}: only elements a person can see count
 */
public record ParsedSelector(
    String source, Kind kind, String body, boolean exact, String name, boolean visibleOnly) {

  /** The selector kinds, by prefix. */
  public enum Kind {
    /** No prefix, or {@code css=}. */
    CSS,
    /** {@code xpath=}, or a text starting with {@code //} or {@code (//}. */
    XPATH,
    /** {@code text=}. */
    TEXT,
    /** {@code role=}. */
    ROLE,
    /** {@code label=}. */
    LABEL
  }
}
