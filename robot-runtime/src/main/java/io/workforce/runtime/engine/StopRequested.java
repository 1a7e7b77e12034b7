package io.workforce.runtime.engine;

/**
 * Thrown between steps after a stop was requested (Ctrl-C): ends the item as stopped, never
 * retried.
 */
final class StopRequested extends RuntimeException {

  StopRequested() {
    super("stopped by request", null, false, false);
  }
}
