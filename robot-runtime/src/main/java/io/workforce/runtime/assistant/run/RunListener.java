package io.workforce.runtime.assistant.run;

/**
 * Hears a run's progress and end; called from a background thread (the UI hands it to the event
 * thread).
 */
public interface RunListener {

  void progress(Progress progress);

  void finished(RunResult result);

  /** The run could not start or broke down; the message is for the clerk. */
  void failed(String message);
}
