package io.workforce.flows.selector;

import io.workforce.flows.selector.SelectorSyntaxException.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.htmlunit.cssparser.parser.CSSErrorHandler;
import org.htmlunit.cssparser.parser.CSSOMParser;
import org.htmlunit.cssparser.parser.CSSParseException;
import org.htmlunit.cssparser.parser.Locator;
import org.htmlunit.cssparser.parser.condition.Condition;
import org.htmlunit.cssparser.parser.condition.HasPseudoClassCondition;
import org.htmlunit.cssparser.parser.condition.IsPseudoClassCondition;
import org.htmlunit.cssparser.parser.condition.NotPseudoClassCondition;
import org.htmlunit.cssparser.parser.condition.PseudoClassCondition;
import org.htmlunit.cssparser.parser.condition.WherePseudoClassCondition;
import org.htmlunit.cssparser.parser.selector.ChildSelector;
import org.htmlunit.cssparser.parser.selector.DescendantSelector;
import org.htmlunit.cssparser.parser.selector.DirectAdjacentSelector;
import org.htmlunit.cssparser.parser.selector.ElementSelector;
import org.htmlunit.cssparser.parser.selector.GeneralAdjacentSelector;
import org.htmlunit.cssparser.parser.selector.PseudoElementSelector;
import org.htmlunit.cssparser.parser.selector.RelativeSelector;
import org.htmlunit.cssparser.parser.selector.Selector;
import org.htmlunit.cssparser.parser.selector.SelectorList;

/**
 * Checks a CSS selector with a real CSS parser (HtmlUnit's CSS3 parser, which knows {@code :is},
 * {@code :where}, {@code :has} and {@code :not} with lists), then keeps to what both drivers run:
 * the pseudo-classes the browser's own {@code querySelectorAll} knows. Playwright's extensions
 * ({@code :visible}, {@code :has-text()}, {@code :text()}…) work on one driver only, so they are
 * refused with the portable way to say the same.
 */
final class CssCheck {

  /** Pseudo-classes Chromium's selector engine (and so both drivers) understands. */
  private static final Set<String> STANDARD =
      Set.of(
          "active",
          "any-link",
          "autofill",
          "checked",
          "default",
          "defined",
          "disabled",
          "empty",
          "enabled",
          "first-child",
          "first-of-type",
          "focus",
          "focus-visible",
          "focus-within",
          "hover",
          "in-range",
          "indeterminate",
          "invalid",
          "last-child",
          "last-of-type",
          "link",
          "only-child",
          "only-of-type",
          "optional",
          "out-of-range",
          "placeholder-shown",
          "read-only",
          "read-write",
          "required",
          "root",
          "scope",
          "target",
          "valid",
          "visited",
          "lang",
          "dir",
          "nth-child",
          "nth-last-child",
          "nth-of-type",
          "nth-last-of-type");

  private static final Set<String> NTH =
      Set.of("nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type");

  private static final Pattern AN_PLUS_B =
      Pattern.compile(
          "(?i)\\s*(odd|even|[+-]?\\d*n(\\s*[+-]\\s*\\d+)?|[+-]?\\d+)(\\s+of\\s+\\S.*)?\\s*");

  private static final Set<String> PSEUDO_ELEMENTS =
      Set.of("before", "after", "first-line", "first-letter", "marker", "placeholder");

  private CssCheck() {}

  /**
   * Checks {@code css}, which starts at {@code start} in {@code source}.
   *
   * @throws SelectorSyntaxException when it is not CSS, or not CSS that both drivers run
   */
  static void check(String source, String css, int start) {
    int chain = css.indexOf(">>");
    if (chain >= 0) {
      throw new SelectorSyntaxException(
          source,
          new Text("不支持 Playwright 的 `>>` 链", "Playwright's `>>` chains are not supported"),
          new Text(
              "只有结尾的 `>> visible=true` 可用; 其他情况写成一个 CSS 选择器, 如 `form .name`",
              "only a final `>> visible=true` is allowed; otherwise write one CSS selector, e.g."
                  + " `form .name`"),
          start + chain);
    }
    SelectorList list = parse(source, css, start);
    for (Selector s : list) {
      walk(source, s, start);
    }
  }

  private static SelectorList parse(String source, String css, int start) {
    CSSOMParser parser = new CSSOMParser();
    CSSParseException[] first = {null};
    parser.setErrorHandler(
        new CSSErrorHandler() {
          @Override
          public void warning(CSSParseException e) {
            // warnings do not stop a browser either
          }

          @Override
          public void error(CSSParseException e) {
            keep(e);
          }

          @Override
          public void fatalError(CSSParseException e) {
            keep(e);
          }

          private void keep(CSSParseException e) {
            if (first[0] == null) {
              first[0] = e;
            }
          }
        });
    SelectorList list;
    try {
      list = parser.parseSelectors(css);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (first[0] != null || list == null) {
      CSSParseException e = first[0];
      String detail = e == null ? "" : e.getMessage().replaceFirst("\\s*Was expecting .*\\)$", ")");
      int column = e == null ? 0 : Math.max(0, e.getColumnNumber() - 1);
      throw new SelectorSyntaxException(
          source,
          new Text("不是有效的 CSS: " + detail, "not valid CSS: " + detail),
          new Text(
              "检查括号、引号和冒号; 含特殊字符的 id 写成 `[id=\"a:b\"]`",
              "check brackets, quotes and colons; write an id with special characters as"
                  + " `[id=\"a:b\"]`"),
          start + Math.min(column, css.length()));
    }
    return list;
  }

  private static void walk(String source, Selector s, int start) {
    if (s instanceof ElementSelector e) {
      if (e.getConditions() != null) {
        for (Condition c : e.getConditions()) {
          condition(source, c, start);
        }
      }
    } else if (s instanceof DescendantSelector d) {
      walk(source, d.getAncestorSelector(), start);
      walk(source, d.getSimpleSelector(), start);
    } else if (s instanceof ChildSelector c) {
      walk(source, c.getAncestorSelector(), start);
      walk(source, c.getSimpleSelector(), start);
    } else if (s instanceof DirectAdjacentSelector a) {
      walk(source, a.getSelector(), start);
      walk(source, a.getSimpleSelector(), start);
    } else if (s instanceof GeneralAdjacentSelector a) {
      walk(source, a.getSelector(), start);
      walk(source, a.getSimpleSelector(), start);
    } else if (s instanceof RelativeSelector r) {
      walk(source, r.getSelector(), start);
    } else if (s instanceof PseudoElementSelector p) {
      throw pseudoElement(source, p.getLocalName(), at(p.getLocator(), start));
    }
  }

  private static void condition(String source, Condition c, int start) {
    if (c instanceof NotPseudoClassCondition n) {
      n.getSelectors().forEach(s -> walk(source, s, start));
    } else if (c instanceof IsPseudoClassCondition i) {
      i.getSelectors().forEach(s -> walk(source, s, start));
    } else if (c instanceof WherePseudoClassCondition w) {
      w.getSelectors().forEach(s -> walk(source, s, start));
    } else if (c instanceof HasPseudoClassCondition h) {
      h.getSelectors().forEach(s -> walk(source, s, start));
    } else if (c instanceof PseudoClassCondition p) {
      pseudoClass(source, p, start);
    }
  }

  private static void pseudoClass(String source, PseudoClassCondition p, int start) {
    String value = p.getValue();
    int paren = value.indexOf('(');
    String name = (paren < 0 ? value : value.substring(0, paren)).toLowerCase(Locale.ROOT);
    int at = at(p.getLocator(), start);
    if (PSEUDO_ELEMENTS.contains(name)) {
      throw pseudoElement(source, name, at);
    }
    if (!STANDARD.contains(name)) {
      throw new SelectorSyntaxException(source, unknownReason(name), unknownHint(name), at);
    }
    if (NTH.contains(name)) {
      String argument = paren < 0 ? "" : value.substring(paren + 1, value.lastIndexOf(')'));
      if (!AN_PLUS_B.matcher(argument).matches()) {
        throw new SelectorSyntaxException(
            source,
            new Text(
                "`:" + name + "(" + argument + ")` 的参数不对",
                "bad argument in `:" + name + "(" + argument + ")`"),
            new Text(
                "写一个数字、odd、even 或 An+B, 如 `:" + name + "(2)`",
                "write a number, odd, even or An+B, e.g. `:" + name + "(2)`"),
            at);
      }
    }
  }

  private static Text unknownReason(String name) {
    return switch (name) {
      case "visible",
          "has-text",
          "text",
          "text-is",
          "text-matches",
          "nth-match",
          "light",
          "left-of",
          "right-of",
          "above",
          "below",
          "near" ->
          new Text(
              "`:" + name + "` 是 Playwright 独有的写法, Selenium 驱动不认识",
              "`:"
                  + name
                  + "` is Playwright's own extension; the Selenium driver does not know it");
      case "contains", "eq", "first", "last", "gt", "lt", "hidden", "input", "button" ->
          new Text(
              "`:" + name + "` 是 jQuery 的写法, 浏览器不认识",
              "`:" + name + "` is jQuery's, not CSS; browsers do not know it");
      default ->
          new Text(
              "浏览器不认识伪类 `:" + name + "`", "browsers do not know the pseudo-class `:" + name + "`");
    };
  }

  private static Text unknownHint(String name) {
    return switch (name) {
      case "visible" ->
          new Text(
              "只要看得见的元素: 在选择器末尾加 `>> visible=true`, 如 `form input >> visible=true`",
              "for visible elements only, end the selector with `>> visible=true`, e.g."
                  + " `form input >> visible=true`");
      case "has-text", "text", "text-is", "text-matches", "contains" ->
          new Text(
              "按文字查找用 `text=文字`, 或 XPath: `//tr[contains(., '文字')]`",
              "find by text with `text=…`, or XPath: `//tr[contains(., '…')]`");
      case "nth-match", "eq", "first", "last", "gt", "lt" ->
          new Text(
              "用 `:nth-child(n)`/`:nth-of-type(n)`, 或 XPath `(//a)[2]`",
              "use `:nth-child(n)`/`:nth-of-type(n)`, or XPath `(//a)[2]`");
      default ->
          new Text(
              "可用的伪类如 `:checked`、`:disabled`、`:nth-child(2)`、`:not(…)`、`:has(…)`",
              "usable pseudo-classes are e.g. `:checked`, `:disabled`, `:nth-child(2)`, `:not(…)`,"
                  + " `:has(…)`");
    };
  }

  private static SelectorSyntaxException pseudoElement(String source, String name, int at) {
    return new SelectorSyntaxException(
        source,
        new Text(
            "`::" + name + "` 是伪元素, 不是页面上的元素",
            "`::" + name + "` is a pseudo-element, not an element"),
        new Text("选中它所属的元素", "select the element it belongs to"),
        at);
  }

  private static int at(Locator locator, int start) {
    return locator == null ? start : start + Math.max(0, locator.getColumnNumber() - 1);
  }
}
