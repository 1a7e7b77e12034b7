package io.workforce.runtime.assistant.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Estimates the time left from the pace so far (items done since the start), or — before the first
 * item ends — from what the robot needed per run lately, when known.
 */
public final class Eta {

  private final Clock clock;
  private final Instant started;
  private final Duration typicalRun;

  /**
   * @param typicalRun how long a whole run took lately, or null
   */
  public Eta(Clock clock, Duration typicalRun) {
    this.clock = clock;
    this.started = clock.instant();
    this.typicalRun = typicalRun;
  }

  /**
   * The time left with {@code done} of {@code total} items finished; null when it cannot be told.
   */
  public Duration left(int done, int total) {
    Duration elapsed = Duration.between(started, clock.instant());
    if (total > 0 && done > 0) {
      if (done >= total) {
        return Duration.ZERO;
      }
      return elapsed.dividedBy(done).multipliedBy(total - done);
    }
    if (typicalRun != null) {
      Duration rest = typicalRun.minus(elapsed);
      return rest.isNegative() ? null : rest;
    }
    return null;
  }

  /** "1 分 05 秒" / "1 min 05 s" style text of a duration; "—" for null. */
  public static String format(Duration d, boolean english) {
    if (d == null) {
      return "—";
    }
    long s = Math.max(0, (d.toMillis() + 999) / 1000);
    if (s < 60) {
      return english ? s + " s" : s + " 秒";
    }
    long m = s / 60;
    if (m < 60) {
      return english
          ? String.format("%d min %02d s", m, s % 60)
          : String.format("%d 分 %02d 秒", m, s % 60);
    }
    return english
        ? String.format("%d h %02d min", m / 60, m % 60)
        : String.format("%d 小时 %02d 分", m / 60, m % 60);
  }
}
