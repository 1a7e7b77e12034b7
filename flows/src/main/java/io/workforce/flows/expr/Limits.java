package io.workforce.flows.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;

/**
 * How much an expression may make and how long it may take, so that no flow can hang a robot or
 * fill its memory ({@code ${len(str(number('10').pow(9999999)))}} used to). Every value an
 * operator, a function or a method makes is checked as it is made; code that could make a large
 * value in one step (replace, join, round…) checks before it starts. Values the flow already holds
 * (a page's text, a spreadsheet's rows) are not limited: only what expressions make of them.
 */
final class Limits {

  /** Characters of a text an expression makes. */
  static final int TEXT = 100_000;

  /** Elements of a list or record an expression makes. */
  static final int ITEMS = 100_000;

  /** Digits of a number an expression makes, and the largest decimal exponent either way. */
  static final int DIGITS = 1_000;

  /** How long one expression may take. */
  static final Duration TIME = Duration.ofSeconds(2);

  /** Bits of a whole number of {@link #DIGITS} digits. */
  private static final int BITS = (int) Math.ceil(DIGITS * Math.log(10) / Math.log(2));

  private static final ThreadLocal<long[]> DEADLINE = new ThreadLocal<>();

  private Limits() {}

  /**
   * Starts the clock of an expression on this thread; false when one is already running (then the
   * outer one keeps its deadline and ends it).
   */
  static boolean start() {
    if (DEADLINE.get() != null) {
      return false;
    }
    DEADLINE.set(new long[] {System.nanoTime() + TIME.toNanos()});
    return true;
  }

  static void end() {
    DEADLINE.remove();
  }

  /** Fails when the running expression is past its time. */
  static void checkTime() {
    long[] deadline = DEADLINE.get();
    if (deadline != null && System.nanoTime() - deadline[0] > 0) {
      throw new Exceeded(
          "took longer than " + TIME.toSeconds() + " s, the limit of one expression");
    }
  }

  /** The value, when it is within the limits of what an expression may make. */
  static <T> T checked(T value) {
    if (value instanceof CharSequence s) {
      text(s.length());
    } else if (value instanceof Collection<?> c) {
      items(c.size());
    } else if (value instanceof Map<?, ?> m) {
      items(m.size());
    } else if (value instanceof BigDecimal d) {
      number(d);
    } else if (value instanceof BigInteger i && i.bitLength() > BITS) {
      throw numberTooLarge();
    }
    return value;
  }

  /** Fails when a text of this many characters is more than an expression may make. */
  static void text(long length) {
    if (length > TEXT) {
      throw new Exceeded(
          "would make a text of more than " + TEXT + " characters, the limit of an expression");
    }
  }

  /** Fails when a list of this many elements is more than an expression may make. */
  static void items(long size) {
    if (size > ITEMS) {
      throw new Exceeded(
          "would make a list of more than " + ITEMS + " elements, the limit of an expression");
    }
  }

  /** Fails when a number has more digits, or a larger exponent, than an expression may make. */
  static void number(BigDecimal d) {
    if (d.precision() > DIGITS || Math.abs((long) d.scale()) > DIGITS) {
      throw numberTooLarge();
    }
  }

  private static Exceeded numberTooLarge() {
    return new Exceeded(
        "would make a number of more than "
            + DIGITS
            + " digits or beyond 10^±"
            + DIGITS
            + ", the limit of an expression");
  }

  /** Fails when {@code places} decimal places are more than a number may have. */
  static void places(long places) {
    if (Math.abs(places) > DIGITS) {
      throw new Exceeded("cannot round to " + places + " places: at most ±" + DIGITS + " places");
    }
  }

  /** A limit was reached; the message says which (and never quotes a value). */
  static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exceeded(String message) {
      super(message, null, false, false);
    }
  }
}
