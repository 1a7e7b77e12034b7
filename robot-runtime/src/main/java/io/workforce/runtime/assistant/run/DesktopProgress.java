package io.workforce.runtime.assistant.run;

import io.workforce.runtime.journal.RunEvent;
import io.workforce.runtime.journal.RunEventSink;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the local runtime's events into {@link Progress} for the window (worker threads call it).
 */
final class DesktopProgress implements RunEventSink {

  private final RunListener listener;
  private final Eta eta;
  private final Map<Integer, String> labels = new ConcurrentHashMap<>();
  private int total = -1;
  private int done;
  private int failed;
  private String step = "";

  DesktopProgress(RunListener listener, Eta eta) {
    this.listener = listener;
    this.eta = eta;
  }

  @Override
  public synchronized void accept(RunEvent event) {
    if (event instanceof RunEvent.RunStarted s) {
      total = s.total() == null ? -1 : s.total();
    } else if (event instanceof RunEvent.StepStarted s) {
      step = s.step() + "  " + (s.detail() == null ? "" : s.detail());
    } else if (event instanceof RunEvent.ItemFinished f) {
      labels.put(f.item(), f.label());
      done++;
      if (f.status().failed()) {
        failed++;
      }
    } else {
      return;
    }
    listener.progress(new Progress(done, failed, total, step, eta.left(done, total)));
  }

  /** Each item's label (its row) by index. */
  Map<Integer, String> labels() {
    return labels;
  }
}
