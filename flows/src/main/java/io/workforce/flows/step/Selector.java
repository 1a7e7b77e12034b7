package io.workforce.flows.step;

import io.workforce.flows.expr.Template;
import java.util.Locale;

/**
 * Which element a step acts on, in the selector language both browser drivers run the same way
 * (grammar and checks: {@link io.workforce.flows.selector.SelectorSyntax}):
 *
 * <ul>
 *   <li>{@code css} (no prefix, or {@code css=}): a CSS selector, e.g. {@code #applicant}
 *   <li>{@code text=提交}: the smallest visible element whose text contains "提交" (case-insensitive,
 *       whitespace collapsed); {@code text="提交"} (quoted) matches the whole text exactly
 *   <li>{@code xpath=//td[2]} (or a selector starting with {@code //} or {@code (//}): an XPath 1.0
 *   <li>{@code role=button[name=提交]}: an element of an ARIA role (explicit or implicit) whose
 *       accessible name contains the name
 *   <li>{@code label=申请人}: the form control a label names (for=, wrapping, beside it, or the table
 *       cell before it)
 *   <li>any of them followed by {@code >> visible=true}: visible elements only
 * </ul>
 *
 * The selector text may contain expressions; the runtime renders {@link #template()} and parses the
 * result.
 *
 * @param template the selector as written
 * @param kind its kind, taken from the prefix (CSS when the prefix is an expression)
 */
public record Selector(Template template, Kind kind) {

  /** Selector kinds. */
  public enum Kind {
    CSS,
    TEXT,
    XPATH,
    ROLE,
    LABEL
  }

  /** Reads a selector's kind from its prefix. */
  public static Selector of(Template template) {
    return new Selector(template, kindOf(template.source()));
  }

  /** The kind a selector text has, by its prefix; unknown prefixes read as CSS. */
  public static Kind kindOf(String text) {
    String t = text.stripLeading();
    if (t.startsWith("//") || t.startsWith("(//")) {
      return Kind.XPATH;
    }
    int eq = t.indexOf('=');
    if (eq > 0) {
      switch (t.substring(0, eq).toLowerCase(Locale.ROOT)) {
        case "text":
          return Kind.TEXT;
        case "xpath":
          return Kind.XPATH;
        case "role":
          return Kind.ROLE;
        case "label":
          return Kind.LABEL;
        default:
          return Kind.CSS;
      }
    }
    return Kind.CSS;
  }

  @Override
  public String toString() {
    return template.source();
  }
}
