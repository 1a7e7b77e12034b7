package io.workforce.samples.web;

/** HTML text helpers. */
public final class Html {

  private Html() {}

  /** Escapes text for element content and quoted attribute values. */
  public static String esc(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** {@code selected} when the two are equal, for option tags. */
  public static String selected(String a, String b) {
    return a != null && a.equals(b) ? " selected" : "";
  }
}
