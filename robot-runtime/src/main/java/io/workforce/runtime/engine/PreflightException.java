package io.workforce.runtime.engine;

import io.workforce.runtime.SystemException;

/**
 * A run could not start: a system of its flow has no address, or its log-in page does not answer.
 * Thrown before the first item, so nothing was done and nothing needs undoing. It is a system
 * failure (the environment is not ready, the data is not at fault), but the run is not retried item
 * by item: one message says what to fix.
 */
public final class PreflightException extends SystemException {

  PreflightException(String reason) {
    super(reason);
  }
}
