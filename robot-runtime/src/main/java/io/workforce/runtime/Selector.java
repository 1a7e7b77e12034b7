package io.workforce.runtime;

import io.workforce.flows.selector.ParsedSelector;
import io.workforce.flows.selector.SelectorSyntax;
import io.workforce.flows.selector.SelectorSyntaxException;

/**
 * Where an element is, in the selector language both drivers understand the same way (the grammar
 * is the flow checker's: {@link SelectorSyntax}):
 *
 * <ul>
 *   <li>CSS (the default, or {@code css=…}): {@code #name}, {@code form .submit}; open shadow roots
 *       are searched too, and combinators cross from a shadow root to its host;
 *   <li>{@code text=提交} — the smallest element whose text contains "提交" (case-insensitive, white
 *       space normalised); {@code text="提交"} — whose whole text is exactly "提交";
 *   <li>{@code xpath=//td[2]} (or any selector starting with {@code //}); it does not enter shadow
 *       roots;
 *   <li>{@code role=button[name="提交"]} — by ARIA role and accessible name (name contains,
 *       case-insensitive; {@code [name="提交" s]} for an exact name); hidden elements never match;
 *   <li>{@code label=姓名} — the form control a label names: tied to it ({@code for=}, wrapping,
 *       aria), else beside it, else in the table cell before it; {@code label="姓名"} exact;
 *   <li>any of them followed by {@code >> visible=true}: visible elements only.
 * </ul>
 */
public sealed interface Selector {

  /** The selector as written in the flow (rendered). */
  String source();

  /** Which kind of selector (switch over it: exhaustive, so a new kind is found everywhere). */
  Kind kind();

  /** Whether only visible elements count ({@code >> visible=true}). */
  boolean visibleOnly();

  /**
   * The CSS text of a CSS selector; anything else is a {@link SelectorException} naming it (for row
   * selectors used inside a script).
   */
  default String requireCss() {
    if (kind() != Kind.CSS || visibleOnly()) {
      throw new SelectorException(
          source(),
          Messages.english()
              ? "this selector must be plain CSS, e.g. \".card\""
              : "这里只能用 CSS 选择器, 例如 \".card\"");
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
  record Css(String source, String css, boolean visibleOnly) implements Selector {
    @Override
    public Kind kind() {
      return Kind.CSS;
    }
  }

  /** An XPath expression. */
  record XPath(String source, String xpath, boolean visibleOnly) implements Selector {
    @Override
    public Kind kind() {
      return Kind.XPATH;
    }
  }

  /** Text content; {@code exact} compares the whole normalised text, case-sensitively. */
  record Text(String source, String text, boolean exact, boolean visibleOnly) implements Selector {
    @Override
    public Kind kind() {
      return Kind.TEXT;
    }
  }

  /** ARIA role with an optional accessible name (null = any name). */
  record Role(String source, String role, String name, boolean exact, boolean visibleOnly)
      implements Selector {
    @Override
    public Kind kind() {
      return Kind.ROLE;
    }
  }

  /** A form control by its label text. */
  record Label(String source, String text, boolean exact, boolean visibleOnly) implements Selector {
    @Override
    public Kind kind() {
      return Kind.LABEL;
    }
  }

  /**
   * Parses a selector.
   *
   * @throws SelectorException naming the selector, what is wrong and how to write it, when it is
   *     not a selector both drivers can run
   */
  static Selector parse(String source) {
    ParsedSelector p;
    try {
      p = SelectorSyntax.parse(source);
    } catch (SelectorSyntaxException e) {
      boolean zh = !Messages.english();
      throw new SelectorException(
          String.valueOf(source), e.reason(zh) + (zh ? " (提示: " : " (hint: ") + e.hint(zh) + ")");
    }
    return switch (p.kind()) {
      case CSS -> new Css(source, p.body(), p.visibleOnly());
      case XPATH -> new XPath(source, p.body(), p.visibleOnly());
      case TEXT -> new Text(source, p.body(), p.exact(), p.visibleOnly());
      case LABEL -> new Label(source, p.body(), p.exact(), p.visibleOnly());
      case ROLE -> new Role(source, p.body(), p.name(), p.exact(), p.visibleOnly());
    };
  }
}
