package io.workforce.flows.selector;

import io.workforce.flows.selector.ParsedSelector.Kind;
import io.workforce.flows.selector.SelectorSyntaxException.Text;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

/**
 * The grammar of the selector language, one implementation for the validator and both drivers:
 *
 * <ul>
 *   <li>CSS (no prefix, or {@code css=}), checked by a real CSS parser, pseudo-classes limited to
 *       what browsers know ({@link CssCheck});
 *   <li>{@code xpath=…} (or a text starting with {@code //} or {@code (//}), compiled by {@code
 *       javax.xml.xpath};
 *   <li>{@code text=…} / {@code text="…"}, {@code label=…} / {@code label="…"};
 *   <li>{@code role=ROLE} or {@code role=ROLE[name=…]} / {@code [name="…"]} / {@code [name="…" s]},
 *       with a WAI-ARIA role;
 *   <li>any of them followed by {@code >> visible=true}: only elements a person can see.
 * </ul>
 */
public final class SelectorSyntax {

  private static final Pattern VISIBLE =
      Pattern.compile("^(.*?)\\s*>>\\s*visible\\s*=\\s*true\\s*$", Pattern.DOTALL);
  private static final Pattern PREFIX = Pattern.compile("^([A-Za-z_-]+)=(.*)$", Pattern.DOTALL);
  private static final Pattern ROLE =
      Pattern.compile(
          "^([A-Za-z]+)\\s*(?:\\[\\s*name\\s*=\\s*(?:(\"[^\"]*\"|'[^']*')\\s*(s|i)?|([^\\]\"']*?))\\s*])?$");
  private static final ThreadLocal<XPathFactory> XPATH =
      ThreadLocal.withInitial(XPathFactory::newInstance);

  private SelectorSyntax() {}

  /**
   * Parses and checks a selector.
   *
   * @throws SelectorSyntaxException saying what is wrong, where, and how to write it instead
   */
  public static ParsedSelector parse(String source) {
    if (source == null || source.isBlank()) {
      throw new SelectorSyntaxException(
          String.valueOf(source), new Text("选择器是空的", "the selector is empty"), kinds(), -1);
    }
    String text = source.strip();
    int lead = source.indexOf(text.charAt(0));
    boolean visibleOnly = false;
    Matcher visible = VISIBLE.matcher(text);
    if (visible.matches()) {
      visibleOnly = true;
      text = visible.group(1);
      if (text.isBlank()) {
        throw new SelectorSyntaxException(
            source,
            new Text("`>> visible=true` 前面没有选择器", "nothing before `>> visible=true`"),
            kinds(),
            lead);
      }
    }
    if (text.startsWith("//") || text.startsWith("(//")) {
      xpath(source, text, lead);
      return new ParsedSelector(source, Kind.XPATH, text, false, null, visibleOnly);
    }
    Matcher prefix = PREFIX.matcher(text);
    if (!prefix.matches()) {
      CssCheck.check(source, text, lead);
      return new ParsedSelector(source, Kind.CSS, text, false, null, visibleOnly);
    }
    String kind = prefix.group(1).toLowerCase(Locale.ROOT);
    String raw = prefix.group(2);
    String body = raw.strip();
    int bodyAt = lead + prefix.start(2) + (raw.length() - raw.stripLeading().length());
    if (body.isEmpty() && isKnown(kind)) {
      throw new SelectorSyntaxException(
          source,
          new Text("`" + kind + "=` 后面是空的", "nothing after `" + kind + "=`"),
          kinds(),
          bodyAt);
    }
    return switch (kind) {
      case "css" -> {
        CssCheck.check(source, body, bodyAt);
        yield new ParsedSelector(source, Kind.CSS, body, false, null, visibleOnly);
      }
      case "xpath" -> {
        xpath(source, body, bodyAt);
        yield new ParsedSelector(source, Kind.XPATH, body, false, null, visibleOnly);
      }
      case "text", "label" -> {
        boolean exact = quoted(source, body, bodyAt);
        yield new ParsedSelector(
            source,
            kind.equals("text") ? Kind.TEXT : Kind.LABEL,
            exact ? body.substring(1, body.length() - 1) : body,
            exact,
            null,
            visibleOnly);
      }
      case "role" -> role(source, body, bodyAt, visibleOnly);
      default ->
          throw new SelectorSyntaxException(
              source,
              new Text(
                  "没有 `" + prefix.group(1) + "=` 这种选择器",
                  "there is no `" + prefix.group(1) + "=` kind of selector"),
              new Text(
                  "可用: css (默认)、text=、xpath=、role=、label=; 按 id 查找写作 #id",
                  "use css (the default), text=, xpath=, role= or label=; an id is written #id"),
              lead);
    };
  }

  /** The selector kinds, as a hint. */
  static Text kinds() {
    return new Text(
        "选择器: css (#id, .class)、text=文本、xpath=//…、role=button[name=提交]、label=标签",
        "selectors: css (#id, .class), text=…, xpath=//…, role=button[name=…], label=…");
  }

  private static boolean isKnown(String kind) {
    return switch (kind) {
      case "css", "xpath", "text", "label", "role" -> true;
      default -> false;
    };
  }

  private static boolean quoted(String source, String body, int at) {
    char first = body.charAt(0);
    if (first != '"' && first != '\'') {
      return false;
    }
    if (body.length() < 2 || body.charAt(body.length() - 1) != first) {
      throw new SelectorSyntaxException(
          source,
          new Text("引号没有闭合", "the quote is never closed"),
          new Text(
              "完全相等写作 text=\"完整文字\", 包含写作 text=文字 (不加引号)",
              "write text=\"whole text\" for an exact match, text=words (no quotes) to contain"),
          at);
    }
    return true;
  }

  private static ParsedSelector role(String source, String body, int at, boolean visibleOnly) {
    Matcher m = ROLE.matcher(body);
    if (!m.matches()) {
      throw new SelectorSyntaxException(
          source,
          new Text("应写作 role=角色[name=名称]", "write role=ROLE[name=NAME]"),
          new Text(
              "如 role=button[name=\"提交\"]; 名称完全相等时加 s: [name=\"提交\" s]",
              "e.g. role=button[name=\"Submit\"]; add s for an exact name: [name=\"Submit\" s]"),
          at);
    }
    String role = m.group(1).toLowerCase(Locale.ROOT);
    if (!AriaRoles.ALL.contains(role)) {
      throw new SelectorSyntaxException(
          source,
          new Text("没有 ARIA 角色 `" + m.group(1) + "`", "there is no ARIA role `" + m.group(1) + "`"),
          new Text(
              "常用角色: button、link、textbox、checkbox、radio、combobox、option、cell、row、heading",
              "common roles: button, link, textbox, checkbox, radio, combobox, option, cell, row,"
                  + " heading"),
          at);
    }
    String name;
    if (m.group(2) != null) {
      name = m.group(2).substring(1, m.group(2).length() - 1);
    } else {
      name = m.group(4) == null || m.group(4).isBlank() ? null : m.group(4).strip();
    }
    return new ParsedSelector(source, Kind.ROLE, role, "s".equals(m.group(3)), name, visibleOnly);
  }

  private static void xpath(String source, String xpath, int at) {
    // javax.xml.xpath does not say where the problem is: the message concerns the whole XPath
    if (xpath.contains(">>")) {
      throw new SelectorSyntaxException(
          source,
          new Text("不支持 Playwright 的 `>>` 链", "Playwright's `>>` chains are not supported"),
          new Text(
              "只有结尾的 `>> visible=true` 可用; 其他情况写成一个 XPath",
              "only a final `>> visible=true` is allowed; otherwise write one XPath"),
          at + xpath.indexOf(">>"));
    }
    try {
      XPATH.get().newXPath().compile(xpath);
    } catch (XPathExpressionException e) {
      String detail = detail(e);
      throw new SelectorSyntaxException(
          source,
          new Text("不是有效的 XPath 1.0: " + detail, "not valid XPath 1.0: " + detail),
          new Text(
              "检查括号和引号, 如 //td[2]、//a[contains(., '详情')]; 浏览器只支持 XPath 1.0 函数",
              "check brackets and quotes, e.g. //td[2], //a[contains(., 'Details')]; browsers know"
                  + " only XPath 1.0 functions"),
          -1);
    }
  }

  private static String detail(XPathExpressionException e) {
    Throwable t = e;
    String message = null;
    while (t != null) {
      if (t.getMessage() != null) {
        message = t.getMessage();
      }
      t = t.getCause();
    }
    if (message == null) {
      return "";
    }
    return message.replaceFirst("^[\\w.]+Exception: ", "").strip();
  }
}
