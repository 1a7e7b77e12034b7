package io.workforce.flows;

/** Where a clerk may run a flow (YAML key {@code runs_on}). */
public enum Placement {
  /** Unattended, on the orchestrator's robots. */
  ROBOT,
  /** Attended, on the clerk's own machine (desktop assistant or {@code rpa run}). */
  DESKTOP
}
