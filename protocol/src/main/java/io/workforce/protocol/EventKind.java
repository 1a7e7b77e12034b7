package io.workforce.protocol;

/** Kinds of events a robot sends while running a job. */
public enum EventKind {
  STEP_START,
  STEP_END,
  ITEM_START,
  ITEM_END,
  LOG,
  ERROR
}
