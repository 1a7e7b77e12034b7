package io.workforce.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds closed shadow roots in a DevTools {@code DOM.getDocument(depth: -1, pierce: true)} answer:
 * page scripts cannot see into them (and so no selector can), but the DevTools protocol can tell
 * that they are there, so that a message can say why an element is out of reach.
 */
public final class ClosedRoots {

  private static final int SHOWN = 3;

  private ClosedRoots() {}

  /**
   * Hosts of closed shadow roots with the start of their text, e.g. {@code <secret-box#sealed>
   * 「封闭按钮」}; empty when there are none.
   */
  public static List<String> in(Map<?, ?> document) {
    List<String> out = new ArrayList<>();
    walk(document.get("root"), out);
    return out;
  }

  /** The list as one phrase for a message, or null when there are none. */
  public static String phrase(List<String> hosts) {
    if (hosts.isEmpty()) {
      return null;
    }
    List<String> shown = hosts.subList(0, Math.min(SHOWN, hosts.size()));
    return String.join(", ", shown) + (hosts.size() > SHOWN ? ", …" : "");
  }

  private static void walk(Object node, List<String> out) {
    if (!(node instanceof Map<?, ?> n)) {
      return;
    }
    if (n.get("shadowRoots") instanceof List<?> roots) {
      for (Object root : roots) {
        if (root instanceof Map<?, ?> r && "closed".equals(r.get("shadowRootType"))) {
          StringBuilder text = new StringBuilder();
          text(r, text);
          String t = text.toString().replaceAll("\\s+", " ").strip();
          out.add(
              "<"
                  + name(n)
                  + ">"
                  + (t.isEmpty()
                      ? ""
                      : " 「" + (t.length() > 30 ? t.substring(0, 30) + "…" : t) + "」"));
        } else {
          walk(root, out);
        }
      }
    }
    children(n).forEach(c -> walk(c, out));
    walk(n.get("contentDocument"), out);
  }

  private static void text(Map<?, ?> node, StringBuilder out) {
    if (Integer.valueOf(3).equals(number(node.get("nodeType")))) {
      out.append(node.get("nodeValue")).append(' ');
    }
    if (node.get("shadowRoots") instanceof List<?> roots) {
      roots.forEach(r -> text((Map<?, ?>) r, out));
    }
    for (Object c : children(node)) {
      if (c instanceof Map<?, ?> m && !"STYLE".equals(m.get("nodeName"))) {
        text(m, out);
      }
    }
  }

  private static List<?> children(Map<?, ?> node) {
    return node.get("children") instanceof List<?> l ? l : List.of();
  }

  private static Integer number(Object o) {
    return o instanceof Number n ? n.intValue() : null;
  }

  private static String name(Map<?, ?> node) {
    String name = String.valueOf(node.get("localName"));
    if (node.get("attributes") instanceof List<?> attrs) {
      for (int i = 0; i + 1 < attrs.size(); i += 2) {
        if ("id".equals(attrs.get(i))) {
          name += "#" + attrs.get(i + 1);
        }
      }
    }
    return name;
  }
}
