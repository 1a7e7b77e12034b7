package io.workforce.runtime;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an element is, in the selector language both drivers understand the same way:
 *
 * <ul>
 *   <li>CSS (the default, or {@code css=…}): {@code #name}, {@code form .submit};
 *   <li>{@code text=提交} — the smallest element whose text contains "提交" (case-insensitive, white
 *       space normalised); {@code text="提交"} — whose whole text is exactly "提交";
 *   <li>{@code xpath=//td[2]} (or any selector starting with {@code //});
 *   <li>{@code role=button[name="提交"]} — by ARIA role and accessible name (name contains,
 *       case-insensitive; {@code [name="提交" s]} for an exact name); hidden elements never match;
 *   <li>{@code label=姓名} — the form control whose label contains "姓名"; {@code label="姓名"} exact.
 * </ul>
 */
public sealed interface Selector {

  /** The selector as written in the flow. */
  String source();

  /** Which kind of selector (switch over it: exhaustive, so a new kind is found everywhere). */
  Kind kind();

  /**
   * The CSS text of a CSS selector; anything else is a {@link SystemException} naming it (for row
   * selectors used inside a script).
   */
  default String requireCss() {
    if (kind() != Kind.CSS) {
      throw new SystemException(
          Messages.get(
              "error.selector", source() + " (hint: this selector must be CSS, e.g. \".card\")"));
    }
    return ((Css) this).css();
  }

  /** The kinds of selector. */
  enum Kind {
    CSS,
    XPATH,
    TEXT,
    ROLE,
    LABEL
  }

  /** A CSS selector. */
  record Css(String source, String css) implements Selector {
    @Override
    public Kind kind() {
      return Kind.CSS;
    }
  }

  /** An XPath expression. */
  record XPath(String source, String xpath) implements Selector {
    @Override
    public Kind kind() {
      return Kind.XPATH;
    }
  }

  /** Text content; {@code exact} compares the whole normalised text, case-sensitively. */
  record Text(String source, String text, boolean exact) implements Selector {
    @Override
    public Kind kind() {
      return Kind.TEXT;
    }
  }

  /** ARIA role with an optional accessible name (null = any name). */
  record Role(String source, String role, String name, boolean exact) implements Selector {
    @Override
    public Kind kind() {
      return Kind.ROLE;
    }
  }

  /** A form control by its label text. */
  record Label(String source, String text, boolean exact) implements Selector {
    @Override
    public Kind kind() {
      return Kind.LABEL;
    }
  }

  /**
   * Parses a selector.
   *
   * @throws IllegalArgumentException naming the selector and the kinds that exist, when it cannot
   *     be parsed
   */
  static Selector parse(String source) {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException(
          "empty selector (hint: write CSS like #name, or text=…, xpath=…, "
              + "role=button[name=\"…\"], label=…)");
    }
    String s = source.strip();
    if (s.startsWith("//") || s.startsWith("(//")) {
      return new XPath(source, s);
    }
    Matcher prefix = Pattern.compile("^([A-Za-z_-]+)=(.*)$", Pattern.DOTALL).matcher(s);
    if (!prefix.matches()) {
      return new Css(source, s);
    }
    String kind = prefix.group(1).toLowerCase(Locale.ROOT);
    String body = prefix.group(2).strip();
    return switch (kind) {
      case "css" -> new Css(source, body);
      case "xpath" -> new XPath(source, body);
      case "text" -> new Text(source, unquote(body), isQuoted(body));
      case "label" -> new Label(source, unquote(body), isQuoted(body));
      case "role" -> parseRole(source, body);
      default ->
          throw new IllegalArgumentException(
              "unknown selector kind '"
                  + prefix.group(1)
                  + "' in '"
                  + source
                  + "' (hint: one of css (default), text=, xpath=, role=, label=; for an id write #"
                  + body
                  + ")");
    };
  }

  private static Selector parseRole(String source, String body) {
    Matcher m =
        Pattern.compile(
                "^([A-Za-z]+)\\s*(?:\\[\\s*name\\s*=\\s*(?:(\"[^\"]*\"|'[^']*')\\s*(s|i)?|([^\\]]*?))\\s*])?$")
            .matcher(body);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "cannot read role selector '"
              + source
              + "' (hint: role=button or role=button[name=\"提交\"], add s for an exact name: [name=\"提交\" s])");
    }
    String name =
        m.group(2) != null
            ? unquote(m.group(2))
            : m.group(4) == null || m.group(4).isBlank() ? null : m.group(4).strip();
    return new Role(source, m.group(1).toLowerCase(Locale.ROOT), name, "s".equals(m.group(3)));
  }

  private static boolean isQuoted(String body) {
    return body.length() >= 2
        && (body.startsWith("\"") && body.endsWith("\"")
            || body.startsWith("'") && body.endsWith("'"));
  }

  private static String unquote(String body) {
    return isQuoted(body) ? body.substring(1, body.length() - 1) : body;
  }
}
