package io.workforce.bench;

import java.util.Arrays;

/** Median and percentiles of repeated measurements. */
public record Stats(double[] sorted) {

  public static Stats of(double... samples) {
    double[] copy = samples.clone();
    Arrays.sort(copy);
    return new Stats(copy);
  }

  public double percentile(double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  public double median() {
    return percentile(50);
  }

  /** "p10–p90 a–b unit (n=…)" */
  public String spread(String unit) {
    return String.format(
        "p10–p90 %.3g–%.3g %s (n=%d)", percentile(10), percentile(90), unit, sorted.length);
  }
}
