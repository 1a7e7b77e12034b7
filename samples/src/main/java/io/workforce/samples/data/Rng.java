package io.workforce.samples.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded random source with the few draws the generator needs. Each part of the data set gets its
 * own stream ({@link #stream}), so that changing how one part is drawn never shifts another.
 */
final class Rng {

  private final SplittableRandom random;

  private Rng(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A stream for one named part of the data set. */
  static Rng stream(long seed, String part) {
    return new Rng(seed * 1_000_003L ^ part.hashCode());
  }

  int between(int fromInclusive, int toInclusive) {
    return random.nextInt(fromInclusive, toInclusive + 1);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  char pick(String chars) {
    return chars.charAt(random.nextInt(chars.length()));
  }

  /**
   * Picks with a rank-based (Zipf-like) weight: the first items are the most common, as surnames
   * are.
   */
  char pickSkewed(String chars) {
    double u = random.nextDouble();
    return chars.charAt((int) Math.floor(chars.length() * u * u));
  }

  LocalDate dateBetween(LocalDate from, LocalDate to) {
    return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
  }

  BigDecimal decimal(double from, double to, int scale) {
    return BigDecimal.valueOf(from + random.nextDouble() * (to - from))
        .setScale(scale, RoundingMode.HALF_UP);
  }

  String digits(int count) {
    StringBuilder sb = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }

  String hex(int count) {
    StringBuilder sb = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      sb.append(Character.forDigit(random.nextInt(16), 16));
    }
    return sb.toString().toUpperCase();
  }
}
