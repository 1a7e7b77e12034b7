package io.workforce.flows.step;

import io.workforce.flows.expr.Template;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which element a step acts on, Playwright style. Both browser drivers honour the same semantics:
 *
 * <ul>
 *   <li>{@code css} (no prefix, or {@code css=}): a CSS selector, e.g. {@code #applicant}
 *   <li>{@code text=提交}: the smallest visible element whose text contains "提交" (case-insensitive,
 *       whitespace collapsed); {@code text="提交"} (quoted) matches the whole text exactly
 *   <li>{@code xpath=//td[2]} (or a selector starting with {@code //} or {@code (//}): an XPath 1.0
 *   <li>{@code role=button[name=提交]}: an element of an ARIA role (explicit or implicit) whose
 *       accessible name contains the name
 *   <li>{@code label=申请人}: the form control whose {@code <label>} text contains the text
 * </ul>
 *
 * The selector text may contain expressions; {@link #template()} is rendered first, then {@link
 * #body(String)} gives the part after the prefix.
 *
 * @param template the selector as written
 * @param kind its kind, taken from the prefix
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

  private static final Pattern ROLE =
      Pattern.compile(
          "([a-zA-Z]+)\\s*(?:\\[\\s*name\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\]]*?))\\s*])?\\s*");

  /** Reads a selector's kind from its prefix. */
  public static Selector of(Template template) {
    return new Selector(template, kindOf(template.source()));
  }

  /** The kind a selector text has. */
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
        case "css":
          return Kind.CSS;
        default:
          return Kind.CSS;
      }
    }
    return Kind.CSS;
  }

  /** The rendered selector text without its prefix ({@code text=提交} → {@code 提交}). */
  public static String body(String rendered) {
    String t = rendered.strip();
    if (t.startsWith("//") || t.startsWith("(//")) {
      return t;
    }
    int eq = t.indexOf('=');
    if (eq > 0 && kindOf(t) != Kind.CSS || t.regionMatches(true, 0, "css=", 0, 4)) {
      return t.substring(eq + 1).strip();
    }
    return t;
  }

  /**
   * A {@code role=} selector's role and accessible name.
   *
   * @param role ARIA role, e.g. {@code button}
   * @param name accessible name to look for (null = any)
   */
  public record Role(String role, String name) {}

  /**
   * Parses the body of a rendered {@code role=} selector; null when it is not of the form {@code
   * role[name=…]}.
   */
  public static Role role(String body) {
    Matcher m = ROLE.matcher(body);
    if (!m.matches()) {
      return null;
    }
    String name = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
    return new Role(
        m.group(1).toLowerCase(Locale.ROOT), name == null || name.isEmpty() ? null : name);
  }

  @Override
  public String toString() {
    return template.source();
  }
}
