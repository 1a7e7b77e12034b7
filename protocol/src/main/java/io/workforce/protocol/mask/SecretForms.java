package io.workforce.protocol.mask;

import io.workforce.protocol.mask.SecretMask.Form;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** The forms one secret takes in text once copied, changed or encoded (see {@link SecretMask}). */
final class SecretForms {

  /** Base64 runs shorter than this are too likely to occur by chance. */
  private static final int MIN_BASE64 = 6;

  private SecretForms() {}

  static List<Form> of(String secret) {
    List<Form> out = new ArrayList<>();
    String reversed = new StringBuilder(secret).reverse().toString();
    for (String s : List.of(secret, reversed)) {
      anyCase(out, s);
      anyCase(out, urlEncoded(s));
      anyCase(out, urlEncoded(s).replace("+", "%20"));
      anyCase(out, uriComponent(s));
      anyCase(out, percentEncodedBytes(s));
      anyCase(out, html(s));
      anyCase(out, entities(s, "&#", "", 10));
      anyCase(out, entities(s, "&#x", "", 16));
      anyCase(out, json(s));
      anyCase(out, unicodeEscapes(s));
      anyCase(out, HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8)));
      base64(out, s);
      pieces(out, s);
    }
    return out;
  }

  /** Lower case char by char, so that indices in the result are the text's. */
  static String lowerChars(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }

  private static void anyCase(List<Form> out, String form) {
    if (form.length() >= SecretMask.MIN_LENGTH) {
      out.add(new Form(lowerChars(form), true, false));
    }
  }

  /**
   * Every window of at least half the secret and {@link SecretMask#MIN_PIECE} characters (shorter
   * than the whole secret, which is a form of its own).
   */
  private static void pieces(List<Form> out, String s) {
    int min = Math.max(SecretMask.MIN_PIECE, (s.length() + 1) / 2);
    for (int length = min; length < s.length(); length++) {
      for (int from = 0; from + length <= s.length(); from++) {
        out.add(new Form(lowerChars(s.substring(from, from + length)), true, true));
      }
    }
  }

  /**
   * The secret's base64 as it appears inside the base64 of a longer text ({@code user:password} in
   * a Basic header): for each of the three byte alignments, only the characters that depend on the
   * secret's bytes alone; standard and URL-safe alphabets.
   */
  private static void base64(List<Form> out, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    String whole = Base64.getEncoder().encodeToString(bytes);
    for (String form : List.of(whole, whole.replace("=", ""))) {
      out.add(new Form(form, false, false));
      out.add(new Form(form.replace('+', '-').replace('/', '_'), false, false));
    }
    for (int align = 0; align < 3; align++) {
      byte[] shifted = new byte[align + bytes.length];
      System.arraycopy(bytes, 0, shifted, align, bytes.length);
      String encoded = Base64.getEncoder().withoutPadding().encodeToString(shifted);
      int from = (8 * align + 5) / 6;
      int to = Math.min(encoded.length(), 8 * (align + bytes.length) / 6);
      if (to - from >= MIN_BASE64) {
        String core = encoded.substring(from, to);
        out.add(new Form(core, false, false));
        out.add(new Form(core.replace('+', '-').replace('/', '_'), false, false));
      }
    }
  }

  private static String urlEncoded(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** What JavaScript's encodeURIComponent writes (it leaves {@code !'()*~} as they are). */
  private static String uriComponent(String s) {
    return urlEncoded(s)
        .replace("+", "%20")
        .replace("%21", "!")
        .replace("%27", "'")
        .replace("%28", "(")
        .replace("%29", ")")
        .replace("%7E", "~");
  }

  private static String percentEncodedBytes(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      out.append('%').append(HexFormat.of().toHexDigits(b));
    }
    return out.toString();
  }

  private static String html(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  private static String entities(String s, String prefix, String suffix, int radix) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .forEach(
            c -> out.append(prefix).append(Integer.toString(c, radix)).append(suffix).append(';'));
    return out.toString();
  }

  private static String json(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/");
  }

  private static String unicodeEscapes(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(String.format("\\u%04x", (int) c));
    }
    return out.toString();
  }
}
