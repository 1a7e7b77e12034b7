package io.workforce.bench.orchestrator;

import io.workforce.bench.Stats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Request latencies per kind of call, errors with their first few messages, other events;
 * thread-safe.
 */
final class Latencies {

  private final Map<String, List<Double>> millis = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
  private final List<String> firstErrors = new ArrayList<>();
  private final Map<String, AtomicLong> events = new ConcurrentHashMap<>();

  /** Times one call; a failure is counted as an error of its kind (and not as a latency). */
  <T> T time(String kind, Supplier<T> call) {
    long t0 = System.nanoTime();
    try {
      T result = call.get();
      record(kind, (System.nanoTime() - t0) / 1e6);
      return result;
    } catch (RuntimeException e) {
      errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
      synchronized (firstErrors) {
        if (firstErrors.size() < 5) {
          firstErrors.add(kind + ": " + e.getMessage());
        }
      }
      return null;
    }
  }

  /** As {@link #time(String, Supplier)} for a call without a result; false when it failed. */
  boolean run(String kind, Runnable call) {
    return time(
            kind,
            () -> {
              call.run();
              return Boolean.TRUE;
            })
        != null;
  }

  void record(String kind, double ms) {
    List<Double> list = millis.computeIfAbsent(kind, k -> new ArrayList<>());
    synchronized (list) {
      list.add(ms);
    }
  }

  /** All latencies of every kind. */
  Stats all() {
    List<Double> every = new ArrayList<>();
    millis
        .values()
        .forEach(
            l -> {
              synchronized (l) {
                every.addAll(l);
              }
            });
    return Stats.of(every.stream().mapToDouble(Double::doubleValue).toArray());
  }

  Stats of(String kind) {
    List<Double> l = millis.getOrDefault(kind, List.of());
    synchronized (l) {
      return Stats.of(l.stream().mapToDouble(Double::doubleValue).toArray());
    }
  }

  /**
   * Counts an event that is neither a latency nor an error (an empty claim, a call not sent in
   * time).
   */
  void count(String event) {
    events.computeIfAbsent(event, k -> new AtomicLong()).incrementAndGet();
  }

  long counted(String event) {
    AtomicLong n = events.get(event);
    return n == null ? 0 : n.get();
  }

  long count() {
    return millis.values().stream().mapToLong(List::size).sum();
  }

  long errorCount() {
    return errors.values().stream().mapToLong(AtomicLong::get).sum();
  }

  /** "kind p50/p99 (n)" for every kind, in name order. */
  String perKind() {
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(millis)
        .keySet()
        .forEach(
            k -> {
              Stats s = of(k);
              sb.append(sb.isEmpty() ? "" : "; ")
                  .append(
                      String.format(
                          "%s p50 %.1f p99 %.1f ms (n=%d)",
                          k, s.median(), s.percentile(99), s.sorted().length));
            });
    return sb.toString();
  }

  /** Errors per kind and the first messages, or "none". */
  String errorSummary() {
    if (errors.isEmpty()) {
      return "none";
    }
    synchronized (firstErrors) {
      return new TreeMap<>(errors) + " first: " + firstErrors;
    }
  }
}
