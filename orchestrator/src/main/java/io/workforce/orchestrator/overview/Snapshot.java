package io.workforce.orchestrator.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The item counts the overview is computed from, read in one consistent view: per day from {@code
 * firstDay}, per hour from {@code firstHour}, everything older as one sum, and the most frequent
 * failure reasons since {@code firstDay}. Small (days × flows × robots), so the figures are summed
 * here.
 *
 * @param firstDay the first epoch day with per-day facts
 * @param days per-day facts from {@code firstDay}
 * @param older the sum of every day before {@code firstDay}
 * @param firstHour the first epoch hour with per-hour facts
 * @param hours per-hour facts from {@code firstHour}
 * @param reasons failures per reason since {@code firstDay}, most frequent first
 */
record Snapshot(
    long firstDay,
    List<Fact> days,
    Counts older,
    long firstHour,
    List<Fact> hours,
    Map<String, Long> reasons) {

  /** Everything ever. */
  Counts total() {
    return days.stream().map(Fact::counts).reduce(older, Counts::plus);
  }

  /** Days {@code from} to {@code to}, both included. */
  Counts days(long from, long to) {
    return sum(days, f -> f.bucket() >= from && f.bucket() <= to);
  }

  /**
   * Counts per bucket from {@code first}, {@code count} buckets, of the facts {@code filter} keeps.
   */
  static List<Counts> series(
      List<Fact> facts, long first, int count, java.util.function.Predicate<Fact> filter) {
    List<Counts> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(Counts.ZERO);
    }
    for (Fact f : facts) {
      long i = f.bucket() - first;
      if (i >= 0 && i < count && filter.test(f)) {
        out.set((int) i, out.get((int) i).plus(f.counts()));
      }
    }
    return out;
  }

  /** Sums per key (flow or robot) of the facts from {@code first}, largest first. */
  static <K> Map<K, Counts> byKey(List<Fact> facts, long first, Function<Fact, K> key) {
    Map<K, Counts> m = new TreeMap<>();
    facts.stream()
        .filter(f -> f.bucket() >= first)
        .forEach(f -> m.merge(key.apply(f), f.counts(), Counts::plus));
    Map<K, Counts> sorted = new LinkedHashMap<>();
    m.entrySet().stream()
        .sorted(
            Map.Entry.<K, Counts>comparingByValue(Comparator.comparingLong(Counts::items))
                .reversed())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  private static Counts sum(List<Fact> facts, java.util.function.Predicate<Fact> filter) {
    return facts.stream().filter(filter).map(Fact::counts).reduce(Counts.ZERO, Counts::plus);
  }
}
