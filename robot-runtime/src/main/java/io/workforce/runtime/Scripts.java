package io.workforce.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * JavaScript functions both drivers run in the page ({@code page.js}, {@code find.js}), so that
 * reading text, visibility and selector matching are one implementation, not two.
 */
public final class Scripts {

  /** {@code (el) => text}: innerText (trimmed), or the value of input, textarea and select. */
  public static final String READ = function("page.js", "read");

  /** {@code (el) => boolean}: has a box and is not visibility:hidden. */
  public static final String VISIBLE = function("page.js", "visible");

  /** {@code () => number}: the HTTP status of the current document (0 when unknown). */
  public static final String STATUS = function("page.js", "status");

  /** {@code () => string}: the body's visible text. */
  public static final String BODY_TEXT = function("page.js", "bodyText");

  /** {@code (el, value) => true}: sets a value by script and fires input and change. */
  public static final String FORCE_FILL = function("page.js", "forceFill");

  /**
   * {@code (document, floor, cap) => Promise<boolean>}: true at the document's first change (a DOM
   * mutation, no sooner than {@code floor} ms), false after {@code cap} ms without one. Waits look
   * again when it settles instead of at fixed intervals.
   */
  public static final String CHANGE = function("page.js", "change");

  /** {@code (els) => [[tag, text, visible, inShadowRoot]…]}: matches, for messages. */
  public static final String DESCRIBE = function("page.js", "describe");

  /** {@code (root) => {find, byLabel, labelTexts, visible}}: the selector engines of find.js. */
  public static final String FIND_LIB = function("find.js", "lib");

  /**
   * {@code (kind, query, exact, role, visibleOnly) => [[element, visible, enabled]…]}: every match
   * in the document, in document order.
   */
  public static final String FIND = withLib("find");

  /** A Playwright selector engine ({@code query}, {@code queryAll}) for {@code label=}. */
  public static final String LABEL_ENGINE = withLib("labelEngine");

  /** {@code () => [text…]}: the label texts the label= rules see on the page. */
  public static final String LABEL_TEXTS = withLib("labelTexts");

  private Scripts() {}

  private static String withLib(String name) {
    return function("find.js", name).replace("(LIB)", "(" + FIND_LIB + ")");
  }

  /** The function after the {@code //@name} marker in {@code file}, up to the next marker. */
  public static String function(String file, String name) {
    Map<String, String> all = parse(load(file));
    String body = all.get(name);
    if (body == null) {
      throw new IllegalStateException("no //@" + name + " in " + file);
    }
    return body;
  }

  /** The whole resource file. */
  public static String load(String file) {
    try (InputStream in = Scripts.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> parse(String text) {
    Map<String, String> out = new HashMap<>();
    String name = null;
    StringBuilder body = new StringBuilder();
    for (String line : text.split("\n")) {
      if (line.startsWith("//@")) {
        if (name != null) {
          out.put(name, body.toString().strip());
        }
        name = line.substring(3).strip();
        body.setLength(0);
      } else if (name != null && !line.startsWith("//")) {
        body.append(line).append('\n');
      }
    }
    if (name != null) {
      out.put(name, body.toString().strip());
    }
    return out;
  }
}
