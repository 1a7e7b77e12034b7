package io.workforce.bench;

import java.util.List;

/**
 * One benchmark program: it warms up, repeats, and measures our figure against its baseline in the
 * same run (never against a number from another day). {@link BenchMain} runs them all and prints
 * one table.
 */
public interface Benchmark {

  /** Short name, e.g. {@code flow-parse}; {@code ./rpa bench NAME} runs only this one. */
  String name();

  /**
   * Runs the benchmark. {@code quick} asks for fewer repetitions so that all benchmarks together
   * finish in under five minutes; the figures are then noisier, never different in kind.
   */
  List<Figure> run(boolean quick) throws Exception;
}
