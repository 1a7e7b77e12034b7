package io.workforce.protocol;

import java.util.List;

/**
 * What a robot can do, sent at enrolment and (when it changes) with a heartbeat.
 *
 * @param drivers browser drivers it has, e.g. {@code playwright}, {@code selenium}
 * @param ocrLanguages Tesseract languages installed, e.g. {@code chi_sim}, {@code eng}
 * @param pool the pool it works for (jobs for another pool never go to it); null = default pool
 * @param labels free labels a job may require, e.g. {@code intranet}, {@code gov-network}
 * @param version the robot software's version
 * @param os operating system, for the control center
 */
public record Capabilities(
    List<String> drivers,
    List<String> ocrLanguages,
    String pool,
    List<String> labels,
    String version,
    String os) {

  public Capabilities {
    drivers = drivers == null ? List.of() : List.copyOf(drivers);
    ocrLanguages = ocrLanguages == null ? List.of() : List.copyOf(ocrLanguages);
    labels = labels == null ? List.of() : List.copyOf(labels);
  }

  /** A robot in the default pool with no labels. */
  public static Capabilities basic() {
    return new Capabilities(
        List.of("playwright"), List.of("chi_sim", "eng"), null, List.of(), null, null);
  }

  public Capabilities withPool(String newPool) {
    return new Capabilities(drivers, ocrLanguages, newPool, labels, version, os);
  }

  public Capabilities withLabels(List<String> newLabels) {
    return new Capabilities(drivers, ocrLanguages, pool, newLabels, version, os);
  }
}
