package io.workforce.runtime.assistant.run;

import java.time.Duration;

/**
 * How far a run is.
 *
 * @param done items finished (successful or not)
 * @param failed of those, the failed ones
 * @param total items in all, or -1 when not known yet
 * @param step what it is doing now (a step path and what it does), or empty
 * @param eta the estimated time left, or null when it cannot be told yet
 */
public record Progress(int done, int failed, int total, String step, Duration eta) {

  /** Nothing done yet. */
  public static Progress starting() {
    return new Progress(0, 0, -1, "", null);
  }

  /** Done / total as the clerk reads it ("3/8", or "3" while the total is unknown). */
  public String fraction() {
    return total < 0 ? String.valueOf(done) : done + "/" + total;
  }

  /** Percent done, 0–100, or -1 when the total is unknown. */
  public int percent() {
    return total <= 0 ? -1 : Math.min(100, done * 100 / total);
  }
}
