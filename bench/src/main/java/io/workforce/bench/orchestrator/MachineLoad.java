package io.workforce.bench.orchestrator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy the whole machine was during a window (from {@code /proc/stat}) and its load average:
 * the machine is shared, so a figure is read together with these.
 *
 * @param busy jiffies spent working (not idle, not waiting for I/O)
 * @param total all jiffies
 */
record MachineLoad(long busy, long total) {

  /** The counters now. */
  static MachineLoad now() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < f.length; i++) {
        total += Long.parseLong(f[i]);
      }
      long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
      return new MachineLoad(total - idle, total);
    } catch (IOException | RuntimeException e) {
      return new MachineLoad(0, 0);
    }
  }

  /** Share of all cores busy between {@code earlier} and this, 0–100 %. */
  double busyPercentSince(MachineLoad earlier) {
    long dt = total - earlier.total;
    return dt <= 0 ? Double.NaN : 100.0 * (busy - earlier.busy) / dt;
  }

  /** The 1-minute load average, or NaN. */
  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }
}
