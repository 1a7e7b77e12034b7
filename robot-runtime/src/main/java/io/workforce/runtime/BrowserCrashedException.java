package io.workforce.runtime;

/** The page, its context or the whole browser is gone: the session must be replaced. */
public class BrowserCrashedException extends SystemException {

  public BrowserCrashedException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
