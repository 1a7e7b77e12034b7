package io.workforce.runtime.journal;

import io.workforce.runtime.Messages;
import io.workforce.runtime.Secrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code report.html} in the run directory, for the clerk: summary, one row per item (status,
 * outputs, reason), and every failed step with its screenshot and a link to the page HTML. Written
 * when the run ends (also when it is stopped). Every text is masked and HTML-escaped.
 */
public final class HtmlReport implements RunEventSink {

  /** The report's file name inside the run directory. */
  public static final String FILE = "report.html";

  private final Path runDir;
  private RunEvent.RunStarted start;
  private final Map<Integer, RunEvent.ItemFinished> items = new TreeMap<>();
  private final List<RunEvent.StepFinished> failedSteps = new ArrayList<>();
  private final java.util.Set<String> written = new java.util.LinkedHashSet<>();

  /** Step and log lines by item (0: the {@code after} steps), at most {@link #TRACE_LIMIT}. */
  private final Map<Integer, List<String[]>> trace = new TreeMap<>();

  private int traced;

  /** How many step and log lines the report shows; the journal has all of them. */
  static final int TRACE_LIMIT = 20_000;

  public HtmlReport(Path runDir) {
    this.runDir = runDir;
  }

  @Override
  public synchronized void accept(RunEvent event) {
    trace(event);
    if (event instanceof RunEvent.RunStarted s) {
      start = s;
    } else if (event instanceof RunEvent.ItemFinished f) {
      items.put(f.item(), f);
    } else if (event instanceof RunEvent.FileWritten f) {
      written.add(f.path());
    } else if (event instanceof RunEvent.StepFinished f
        && "failed".equals(f.outcome())
        && f.message() != null) {
      // blocks around a failed step end failed without a message: the failure is listed once
      failedSteps.add(f);
    } else if (event instanceof RunEvent.RunFinished f) {
      write(f);
    }
  }

  private void write(RunEvent.RunFinished end) {
    StringBuilder h = new StringBuilder(8192);
    String title = Messages.get("report.title", start == null ? "?" : start.flow());
    h.append("<!DOCTYPE html><html lang=\"")
        .append(Messages.english() ? "en" : "zh-CN")
        .append("\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title))
        .append("</title><style>")
        .append(
            "body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;width:100%}")
        .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}")
        .append(
            ".SUCCEEDED,.UNCHANGED{color:#0a0}.BUSINESS_FAILED{color:#c60}.SYSTEM_FAILED{color:#c00}.STOPPED{color:#666}")
        .append("img{max-width:640px;border:1px solid #999}</style></head><body>");
    h.append("<h1>").append(esc(title)).append("</h1>");
    summary(h, end);
    resultFiles(h);
    writtenFiles(h);
    itemTable(h);
    failures(h);
    trace(h);
    h.append("</body></html>\n");
    try {
      Files.writeString(runDir.resolve(FILE), h.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void summary(StringBuilder h, RunEvent.RunFinished end) {
    double minutes = Math.max(1, end.millis()) / 60000.0;
    int total = items.size();
    h.append("<table class=\"summary\">");
    row(h, Messages.get("report.run"), end.runId());
    if (start != null) {
      row(h, Messages.get("report.flow"), start.flow() + " v" + start.version());
      row(h, Messages.get("report.started"), start.at().toString());
      row(h, Messages.get("report.driver"), start.driver() + ", " + start.workers());
      row(h, Messages.get("report.input"), String.valueOf(start.input()));
    }
    row(
        h,
        Messages.get("report.duration"),
        String.format(Locale.ROOT, "%.1f s", end.millis() / 1000.0));
    row(h, Messages.get("report.items"), String.valueOf(total));
    for (ItemStatus s : ItemStatus.values()) {
      row(h, ConsoleProgress.status(s), String.valueOf(end.counts().getOrDefault(s, 0)));
    }
    row(h, Messages.get("report.rate"), String.format(Locale.ROOT, "%.1f", total / minutes));
    if (end.stopped()) {
      row(h, Messages.get("report.stopped"), Messages.get("report.stoppedText"));
    }
    h.append("</table>");
  }

  /** Links to the files the flow's steps wrote, in the order they were first written. */
  private void writtenFiles(StringBuilder h) {
    if (written.isEmpty()) {
      return;
    }
    h.append("<p class=\"written-files\">").append(esc(Messages.get("report.writtenFiles")));
    h.append(":</p><ul class=\"written-files\">");
    for (String path : written) {
      String href = Path.of(path).isAbsolute() ? Path.of(path).toUri().toString() : path;
      h.append("<li><a href=\"")
          .append(esc(href))
          .append("\">")
          .append(esc(path))
          .append("</a></li>");
    }
    h.append("</ul>");
  }

  /** Links to the result spreadsheet and CSV, written into the run directory before the report. */
  private void resultFiles(StringBuilder h) {
    StringBuilder links = new StringBuilder();
    for (String name : new String[] {"result.xlsx", "result.csv"}) {
      if (Files.exists(runDir.resolve(name))) {
        links.append(links.length() == 0 ? "" : " · ");
        links.append("<a href=\"").append(name).append("\">").append(name).append("</a>");
      }
    }
    if (links.length() > 0) {
      h.append("<p class=\"result-files\">")
          .append(esc(Messages.get("report.resultFiles")))
          .append(": ")
          .append(links)
          .append("</p>");
    }
  }

  private void itemTable(StringBuilder h) {
    h.append("<h2>")
        .append(esc(Messages.get("report.itemsTitle")))
        .append("</h2><table class=\"items\"><tr>");
    for (String col :
        new String[] {
          "#",
          Messages.get("report.item"),
          Messages.get("report.status"),
          Messages.get("report.outputs"),
          Messages.get("report.reason"),
          Messages.get("report.attempts"),
          Messages.get("report.seconds")
        }) {
      h.append("<th>").append(esc(col)).append("</th>");
    }
    h.append("</tr>");
    for (RunEvent.ItemFinished f : items.values()) {
      h.append("<tr class=\"item\"><td>")
          .append(f.item())
          .append("</td><td>")
          .append(esc(f.label()))
          .append("</td><td class=\"")
          .append(f.status())
          .append("\">")
          .append(esc(ConsoleProgress.status(f.status())))
          .append("</td><td>")
          .append(esc(outputs(f.outputs())))
          .append("</td><td>")
          .append(esc(f.reason()));
      if (f.failedStep() != null) {
        h.append(" <small>(").append(esc(f.failedStep())).append(")</small>");
      }
      h.append("</td><td>")
          .append(f.attempts())
          .append("</td><td>")
          .append(String.format(Locale.ROOT, "%.1f", f.millis() / 1000.0))
          .append("</td></tr>");
    }
    h.append("</table>");
  }

  private void failures(StringBuilder h) {
    if (failedSteps.isEmpty()) {
      return;
    }
    h.append("<h2>").append(esc(Messages.get("report.failedSteps"))).append("</h2>");
    for (RunEvent.StepFinished f : failedSteps) {
      h.append("<div class=\"failure\"><h3>#")
          .append(f.item())
          .append(' ')
          .append(esc(f.step()))
          .append(" — ")
          .append(esc(f.error()))
          .append("</h3><p>")
          .append(esc(f.message()))
          .append("</p>");
      if (f.screenshot() != null) {
        h.append("<p><img src=\"").append(esc(f.screenshot())).append("\" alt=\"screenshot\"></p>");
      }
      if (f.html() != null) {
        h.append("<p><a href=\"")
            .append(esc(f.html()))
            .append("\">")
            .append(esc(Messages.get("report.html")))
            .append("</a></p>");
      }
      h.append("</div>");
    }
  }

  /**
   * Keeps what each item did: every step that ended (path, outcome, time, what it did) and logs.
   */
  private void trace(RunEvent event) {
    String[] line = null;
    int item = 0;
    if (event instanceof RunEvent.StepFinished f) {
      item = f.item();
      line =
          new String[] {
            f.step(),
            "ok".equals(f.outcome()) ? "ok" : f.error() + "_error",
            f.millis() + " ms",
            // a failure's message is listed once, under the failed steps
            "ok".equals(f.outcome()) ? f.message() : ""
          };
    } else if (event instanceof RunEvent.Logged l) {
      item = l.item();
      line = new String[] {l.step() == null ? "" : l.step(), l.level(), "", l.message()};
    }
    if (line == null) {
      return;
    }
    if (traced++ < TRACE_LIMIT) {
      trace.computeIfAbsent(item, k -> new ArrayList<>()).add(line);
    }
  }

  /** Per item, folded: the steps it ran and the lines it logged, in order. */
  private void trace(StringBuilder h) {
    if (trace.isEmpty()) {
      return;
    }
    h.append("<h2>").append(esc(Messages.get("report.trace"))).append("</h2>");
    for (Map.Entry<Integer, List<String[]>> e : trace.entrySet()) {
      RunEvent.ItemFinished f = items.get(e.getKey());
      String title =
          e.getKey() == 0
              ? Messages.get("report.afterSteps")
              : "#" + e.getKey() + (f == null ? "" : " " + f.label());
      h.append("<details class=\"trace\"><summary>").append(esc(title)).append("</summary><table>");
      for (String[] line : e.getValue()) {
        h.append("<tr>");
        for (String cell : line) {
          h.append("<td>").append(esc(cell)).append("</td>");
        }
        h.append("</tr>");
      }
      h.append("</table></details>");
    }
    if (traced > TRACE_LIMIT) {
      h.append("<p>").append(esc(Messages.get("report.traceCut", TRACE_LIMIT))).append("</p>");
    }
  }

  private static void row(StringBuilder h, String key, String value) {
    h.append("<tr><th>")
        .append(esc(key))
        .append("</th><td>")
        .append(esc(value))
        .append("</td></tr>");
  }

  private static String outputs(Map<String, Object> outputs) {
    if (outputs == null || outputs.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    outputs.forEach(
        (k, v) -> s.append(s.length() == 0 ? "" : "; ").append(k).append('=').append(v));
    return s.toString();
  }

  /** Masks secrets, then escapes for HTML. */
  static String esc(String text) {
    if (text == null) {
      return "";
    }
    return Secrets.mask(text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
