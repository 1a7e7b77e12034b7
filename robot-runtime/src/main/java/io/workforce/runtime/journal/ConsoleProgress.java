package io.workforce.runtime.journal;

import io.workforce.runtime.Messages;
import io.workforce.runtime.Secrets;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The run on the console: on a terminal a progress bar redrawn in place (items done / total, rate,
 * ETA) with failures printed above it; otherwise one plain line per item, for logs and CI.
 */
public final class ConsoleProgress implements RunEventSink {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final boolean terminal;
  private final Clock clock;
  private Instant started;
  private Integer total;
  private int done;
  private int failed;

  /** The message of each item's last failed step: the reason with where it happened. */
  private final Map<Integer, String> lastFailure = new HashMap<>();

  public ConsoleProgress(PrintStream out, boolean terminal, Clock clock) {
    this.out = out;
    this.terminal = terminal;
    this.clock = clock;
  }

  /** For this process's console: a bar when stdout is a terminal. */
  public static ConsoleProgress forConsole() {
    return new ConsoleProgress(System.out, System.console() != null, Clock.systemUTC());
  }

  @Override
  public synchronized void accept(RunEvent event) {
    if (event instanceof RunEvent.RunStarted s) {
      started = s.at();
      total = s.total();
      println(
          Messages.get("console.start", s.flow(), s.version(), s.driver(), s.workers(), s.runId()));
    } else if (event instanceof RunEvent.StepFinished f
        && "failed".equals(f.outcome())
        && f.message() != null) {
      lastFailure.put(f.item(), f.message());
    } else if (event instanceof RunEvent.ItemFinished f) {
      done++;
      String where = lastFailure.remove(f.item());
      if (f.status().failed()) {
        failed++;
        String message =
            where != null && where.startsWith(String.valueOf(f.reason())) ? where : f.reason();
        println(
            Messages.get(
                "console.failed", f.item(), f.label(), status(f.status()), Secrets.mask(message)));
      } else if (!terminal) {
        println(
            Messages.get(
                "console.item",
                done,
                total == null ? "?" : total,
                f.label(),
                status(f.status()) + (f.reason() == null ? "" : ": " + Secrets.mask(f.reason())),
                String.format(Locale.ROOT, "%.1f", f.millis() / 1000.0)));
      }
      if (terminal) {
        out.print("\r" + bar() + "\u001b[K");
        out.flush();
      }
    } else if (event instanceof RunEvent.Logged l && !"INFO".equals(l.level())) {
      println("[" + l.level() + "] #" + l.item() + " " + Secrets.mask(l.message()));
    } else if (event instanceof RunEvent.RunFinished f) {
      if (terminal) {
        out.println();
      }
      println(
          Messages.get(
              f.stopped() ? "console.stopped" : "console.end",
              done,
              counts(f.counts()),
              String.format(Locale.ROOT, "%.1f", f.millis() / 1000.0)));
    }
  }

  /** The bar line, e.g. {@code [#########.....] 12/40 30% 8.2/min ETA 3m20s}. */
  String bar() {
    double rate = ratePerMinute();
    StringBuilder s = new StringBuilder("[");
    int filled = total == null || total == 0 ? 0 : (int) Math.round(WIDTH * (double) done / total);
    s.append("#".repeat(Math.min(WIDTH, filled)))
        .append(".".repeat(Math.max(0, WIDTH - filled)))
        .append("] ");
    s.append(done).append('/').append(total == null ? "?" : total);
    if (total != null && total > 0) {
      s.append(String.format(Locale.ROOT, " %d%%", 100 * done / total));
    }
    s.append(String.format(Locale.ROOT, " %.1f/min", rate));
    if (total != null && rate > 0 && done < total) {
      long seconds = Math.round((total - done) / rate * 60);
      s.append(" ETA ")
          .append(Duration.ofSeconds(seconds).toString().substring(2).toLowerCase(Locale.ROOT));
    }
    if (failed > 0) {
      s.append(" ").append(Messages.get("console.failures", failed));
    }
    return s.toString();
  }

  private double ratePerMinute() {
    if (started == null || done == 0) {
      return 0;
    }
    double minutes = Math.max(1, Duration.between(started, clock.instant()).toMillis()) / 60000.0;
    return done / minutes;
  }

  private void println(String line) {
    if (terminal) {
      out.print("\r\u001b[K");
    }
    out.println(Secrets.mask(line));
  }

  static String status(ItemStatus status) {
    return Messages.get(status.messageKey());
  }

  /** "7 succeeded, 1 stopped": every status that occurred, in the model's order. */
  static String counts(java.util.Map<ItemStatus, Integer> counts) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    for (ItemStatus s : ItemStatus.values()) {
      int n = counts.getOrDefault(s, 0);
      if (n > 0) {
        parts.add(Messages.get("console.count", status(s), n));
      }
    }
    return String.join(", ", parts);
  }
}
