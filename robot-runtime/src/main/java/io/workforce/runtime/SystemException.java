package io.workforce.runtime;

/**
 * The environment failed (a timeout, a server error page, a crashed browser, a lost session): the
 * item is tried again per the retry policy, with backoff, on a rebuilt session.
 */
public non-sealed class SystemException extends RpaException {

  public SystemException(String reason) {
    super(reason, null);
  }

  public SystemException(String reason, Throwable cause) {
    super(reason, cause);
  }

  @Override
  public final boolean retryable() {
    return true;
  }
}
