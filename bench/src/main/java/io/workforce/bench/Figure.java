package io.workforce.bench;

/**
 * One measured figure: ours against a baseline measured in the same run.
 *
 * @param name what was measured, e.g. "parse+validate 2,000-step flow (ms, median)"
 * @param ours our median
 * @param baseline the baseline's median (NaN when the figure has no baseline, only a goal)
 * @param unit unit of {@code ours} and {@code baseline}
 * @param ratio how many times better we are than the baseline (&gt; 1 is better), or NaN
 * @param spread a short description of the spread, e.g. "p10–p90 41–47 ms"
 * @param goal the goal as text, e.g. "ratio ≥ 0.90" or "&lt; 200 ms"
 * @param met whether the goal was met
 */
public record Figure(
    String name,
    double ours,
    double baseline,
    String unit,
    double ratio,
    String spread,
    String goal,
    boolean met) {

  /** A figure compared with a baseline where higher is better (throughput). */
  public static Figure higherIsBetter(
      String name, double ours, double baseline, String unit, String spread, double minRatio) {
    double ratio = ours / baseline;
    return new Figure(
        name, ours, baseline, unit, ratio, spread, "ratio ≥ " + minRatio, ratio >= minRatio);
  }

  /** A figure compared with a baseline where lower is better (latency, time). */
  public static Figure lowerIsBetter(
      String name, double ours, double baseline, String unit, String spread, double minRatio) {
    double ratio = baseline / ours;
    return new Figure(
        name, ours, baseline, unit, ratio, spread, "ratio ≥ " + minRatio, ratio >= minRatio);
  }

  /** A figure with an absolute upper bound and no baseline. */
  public static Figure atMost(String name, double ours, String unit, String spread, double limit) {
    return new Figure(
        name, ours, Double.NaN, unit, Double.NaN, spread, "≤ " + limit + " " + unit, ours <= limit);
  }

  /** A figure with an absolute lower bound and no baseline. */
  public static Figure atLeast(String name, double ours, String unit, String spread, double limit) {
    return new Figure(
        name, ours, Double.NaN, unit, Double.NaN, spread, "≥ " + limit + " " + unit, ours >= limit);
  }

  /** A figure that is only reported. */
  public static Figure reported(String name, double ours, String unit, String spread) {
    return new Figure(name, ours, Double.NaN, unit, Double.NaN, spread, "report", true);
  }
}
