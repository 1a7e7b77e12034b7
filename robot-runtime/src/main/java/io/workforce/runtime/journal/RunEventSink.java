package io.workforce.runtime.journal;

import java.util.List;

/**
 * Receives a run's events. Called from worker threads: implementations are thread-safe. Standalone,
 * the journal, the HTML report and the console listen; a robot adds one that uploads events to the
 * orchestrator.
 */
@FunctionalInterface
public interface RunEventSink extends AutoCloseable {

  void accept(RunEvent event);

  /** Flushes and releases; called once after {@link RunEvent.RunFinished}. */
  @Override
  default void close() {}

  /** All of these, in order; one that throws does not keep the others from hearing the event. */
  static RunEventSink all(List<RunEventSink> sinks) {
    return new RunEventSink() {
      @Override
      public void accept(RunEvent event) {
        for (RunEventSink sink : sinks) {
          try {
            sink.accept(event);
          } catch (RuntimeException e) {
            System.err.println(
                "event sink " + sink.getClass().getSimpleName() + " failed: " + e.getMessage());
          }
        }
      }

      @Override
      public void close() {
        sinks.forEach(RunEventSink::close);
      }
    };
  }
}
