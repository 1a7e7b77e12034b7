package io.workforce.orchestrator.sheet;

import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.api.TooManyRequestsException;
import io.workforce.orchestrator.config.WorkforceProperties;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How many spreadsheets are read at once, overall and per caller. Reading one costs memory and a
 * core for a while; a caller past either limit is answered 429 with {@code Retry-After} at once
 * (never queued: a queue of large uploads is the flood this stops).
 */
@Component
public class SpreadsheetGate {

  private final int maxParallel;
  private final int maxPerCaller;
  private final long retryAfterSeconds;
  private final Map<String, Integer> byCaller = new HashMap<>();
  private int total;

  SpreadsheetGate(WorkforceProperties properties) {
    WorkforceProperties.Spreadsheets s = properties.spreadsheets();
    this.maxParallel = s.parallel();
    this.maxPerCaller = s.maxParallelPerUser();
    this.retryAfterSeconds = Math.max(1, s.retryAfter().toSeconds());
  }

  /**
   * A permit to read {@code fileName} for {@code caller}; close it when done.
   *
   * @throws TooManyRequestsException when the server or this caller reads as many as allowed
   */
  public synchronized Permit enter(String caller, String fileName) {
    int mine = byCaller.getOrDefault(caller, 0);
    if (mine >= maxPerCaller) {
      throw busy(
          fileName,
          "你已有 " + mine + " 个表格正在读取",
          "you already have " + mine + " spreadsheet(s) being read",
          "workforce.spreadsheets.max-parallel-per-user");
    }
    if (total >= maxParallel) {
      throw busy(
          fileName,
          "服务器正在读取 " + total + " 个表格",
          "the server is reading " + total + " spreadsheet(s)",
          "workforce.spreadsheets.max-parallel");
    }
    byCaller.put(caller, mine + 1);
    total++;
    return new Permit(caller);
  }

  private synchronized void leave(String caller) {
    total--;
    byCaller.computeIfPresent(caller, (k, n) -> n <= 1 ? null : n - 1);
  }

  private TooManyRequestsException busy(String fileName, String zh, String en, String setting) {
    return new TooManyRequestsException(
        "spreadsheets-busy",
        Text.of(
            "'"
                + fileName
                + "' 暂不能读取: "
                + zh
                + " (设置 "
                + setting
                + "); 请 "
                + retryAfterSeconds
                + " 秒后再试",
            "'"
                + fileName
                + "' cannot be read now: "
                + en
                + " (setting "
                + setting
                + "); try again in "
                + retryAfterSeconds
                + " s"),
        retryAfterSeconds);
  }

  /** A reading in progress. */
  public final class Permit implements AutoCloseable {
    private final String caller;
    private boolean closed;

    private Permit(String caller) {
      this.caller = caller;
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        leave(caller);
      }
    }
  }
}
