package io.workforce.runtime.assistant.run;

/**
 * A run the assistant started: on the orchestrator's robots ({@link ServerRun}) or here ({@link
 * DesktopRun}).
 */
public sealed interface RunControl permits ServerRun, DesktopRun {

  /** Starts it in the background; the listener hears progress and the end. */
  void start(RunListener listener);

  /** Asks it to stop after the current step; the listener hears the (cancelled) end. */
  void cancel();
}
