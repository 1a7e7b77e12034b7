package io.workforce.orchestrator.overview;

import io.workforce.orchestrator.security.Tokens;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * Folds processed items into per-day, per-hour and per-reason counts, the same way for the rollup
 * tables and for the newest rows the overview reads itself.
 */
final class Folding {

  /** A failure reason of a flow on a day; {@code hash} keys the (possibly long) reason. */
  record FailureKey(long day, String flow, String hash, String reason) {}

  private final ZoneId zone;
  private final Map<Fact.Key, Counts> days = new HashMap<>();
  private final Map<Fact.Key, Counts> hours = new HashMap<>();
  private final Map<FailureKey, Long> failures = new HashMap<>();
  private final Map<String, String> hashes = new HashMap<>();

  Folding(ZoneId zone) {
    this.zone = zone;
  }

  void add(
      String flow, long robotId, String outcome, String reason, double manualMinutes, Instant at) {
    String f = flow == null ? "" : flow;
    Counts c = Counts.of(outcome, manualMinutes);
    long day = LocalDate.ofInstant(at, zone).toEpochDay();
    days.merge(new Fact.Key(day, f, robotId), c, Counts::plus);
    hours.merge(
        new Fact.Key(Math.floorDiv(at.getEpochSecond(), 3600), f, robotId), c, Counts::plus);
    if (c.failed() > 0 && reason != null) {
      String hash = hashes.computeIfAbsent(reason, Tokens::hash);
      failures.merge(new FailureKey(day, f, hash, reason), 1L, Long::sum);
    }
  }

  Map<Fact.Key, Counts> days() {
    return days;
  }

  Map<Fact.Key, Counts> hours() {
    return hours;
  }

  Map<FailureKey, Long> failures() {
    return failures;
  }
}
