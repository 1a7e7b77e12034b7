package io.workforce.bench.orchestrator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * CPU time used so far by the orchestrator process, by PostgreSQL (every process {@code
 * pg_stat_activity} lists: backends, WAL writer, checkpointer…) and by this benchmark JVM (the
 * simulated robots). On a shared machine wall-clock figures move with the neighbours' load; CPU per
 * item of work hardly does, and says which of the three a figure is spent in.
 *
 * @param server seconds of the orchestrator
 * @param postgres seconds of PostgreSQL's processes (those alive at both snapshots)
 * @param client seconds of this JVM
 */
record CpuMeter(double server, double postgres, double client) {

  private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

  static final CpuMeter ZERO = new CpuMeter(0, 0, 0);

  static CpuMeter of(OrchestratorBed bed) {
    double pg = 0;
    try (Connection c = bed.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity")) {
      while (rs.next()) {
        pg += seconds(rs.getLong(1));
      }
    } catch (SQLException e) {
      pg = Double.NaN;
    }
    double self =
        ProcessHandle.current()
            .info()
            .totalCpuDuration()
            .map(d -> d.toNanos() / 1e9)
            .orElse(Double.NaN);
    return new CpuMeter(bed.server().cpuSeconds(), pg, self);
  }

  /** This plus what was used between {@code from} and {@code to}. */
  CpuMeter plus(CpuMeter from, CpuMeter to) {
    return new CpuMeter(
        server + to.server - from.server,
        postgres + to.postgres - from.postgres,
        client + to.client - from.client);
  }

  /** utime + stime of a process from {@code /proc/PID/stat}; 0 when it is gone. */
  private static double seconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
