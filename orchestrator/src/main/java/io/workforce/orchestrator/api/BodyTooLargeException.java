package io.workforce.orchestrator.api;

import java.io.IOException;

/** A request body passed its limit while it was being read (see {@link BodySizeLimit}). */
public class BodyTooLargeException extends IOException {

  private final long limit;

  public BodyTooLargeException(long limit) {
    super("request body larger than " + limit + " bytes");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
