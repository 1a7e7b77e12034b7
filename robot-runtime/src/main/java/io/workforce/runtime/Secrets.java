package io.workforce.runtime;

import io.workforce.protocol.mask.SecretMask;

/**
 * The secrets this process has seen, and the one place that hides them: every log line, journal
 * entry, report, exception message, event sent to the orchestrator and typed-text echo passes
 * through {@link #mask(String)}, which also hides transformed copies (any case, reversed, encoded,
 * long pieces: see {@link SecretMask}); every value a flow reads from a page, a dialog, OCR or an
 * HTTP answer passes through {@link #maskRead(Object)} before the flow sees it, so that a login
 * recipe that reads the password field back gets {@link #MASK}, not the password.
 *
 * <p>Process-wide on purpose: a secret is registered the moment it leaves the vault, and any text
 * that is written anywhere afterwards must be masked without that writer having to know which run
 * or credential it belongs to.
 */
public final class Secrets {

  /** What a secret is replaced with. */
  public static final String MASK = SecretMask.MASK;

  private static volatile SecretMask mask = SecretMask.none();

  private Secrets() {}

  /** Registers a secret so that it, and every copy made of it, is masked from now on. */
  public static void register(String secret) {
    synchronized (Secrets.class) {
      mask = mask.with(secret);
    }
  }

  /** The text with every registered secret (and its copies) replaced by {@link #MASK}. */
  public static String mask(String text) {
    return mask.mask(text);
  }

  /**
   * A value read from outside (page, dialog, OCR, HTTP answer) with every whole copy of a secret
   * replaced by {@link #MASK}, texts inside maps and lists too; pieces are left alone here, because
   * a false positive would change business data.
   */
  public static Object maskRead(Object value) {
    return mask.maskWholeTree(value);
  }

  /**
   * Whether {@code text} is (exactly, in any case or encoding) a registered secret, e.g. to echo a
   * typed value as {@link #MASK}.
   */
  public static boolean isSecret(String text) {
    return mask.isSecret(text);
  }
}
