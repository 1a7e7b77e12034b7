package io.workforce.runtime;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The secrets this process has seen, and the one place that hides them: every log line, journal
 * entry, report, exception message and typed-text echo passes through {@link #mask(String)}.
 *
 * <p>Process-wide on purpose: a secret is registered the moment it leaves the vault, and any text
 * that is written anywhere afterwards must be masked without that writer having to know which run
 * or credential it belongs to.
 */
public final class Secrets {

  /** What a secret is replaced with. */
  public static final String MASK = "******";

  /** Shorter values are not masked: masking "12" everywhere would destroy every report. */
  static final int MIN_LENGTH = 3;

  private static final Set<String> FORMS = ConcurrentHashMap.newKeySet();
  private static volatile List<String> longestFirst = List.of();

  private Secrets() {}

  /**
   * Registers a secret (and the forms it takes in URLs and HTML) so that it is masked from now on.
   */
  public static void register(String secret) {
    if (secret == null || secret.length() < MIN_LENGTH) {
      return;
    }
    boolean added = FORMS.add(secret);
    added |= FORMS.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
    added |= FORMS.add(escapeHtml(secret));
    if (added) {
      synchronized (Secrets.class) {
        longestFirst =
            FORMS.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
      }
    }
  }

  /** The text with every registered secret replaced by {@link #MASK}; null stays null. */
  public static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (String secret : longestFirst) {
      if (out.contains(secret)) {
        out = out.replace(secret, MASK);
      }
    }
    return out;
  }

  /**
   * Whether {@code text} is (exactly) a registered secret, e.g. to echo a typed value as {@link
   * #MASK}.
   */
  public static boolean isSecret(String text) {
    return text != null && FORMS.contains(text);
  }

  private static String escapeHtml(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
