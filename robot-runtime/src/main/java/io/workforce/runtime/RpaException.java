package io.workforce.runtime;

/**
 * The root of every failure the runtime reports. Its type decides what happens to the item: a
 * {@link BusinessException} fails the item at once (the data is wrong, retrying cannot help), a
 * {@link SystemException} is retried with backoff on a fresh session (the environment failed).
 *
 * <p>Context (run, item, step path, flow location, screenshot) is kept in fields and appended to
 * the message in one uniform suffix. The message never contains a secret: it is masked on the way
 * out.
 */
public abstract sealed class RpaException extends RuntimeException
    permits BusinessException, SystemException {

  private volatile ErrorContext context = ErrorContext.NONE;

  protected RpaException(String reason, Throwable cause) {
    super(reason, cause);
  }

  /** Whether the item should be tried again (system errors) or fail at once (business errors). */
  public abstract boolean retryable();

  /** The reason alone, without context, masked — what a clerk reads in the item table. */
  public String reason() {
    return Secrets.mask(super.getMessage());
  }

  /** Where it happened. */
  public ErrorContext context() {
    return context;
  }

  /**
   * Adds context as the failure travels up (step, item, screenshot); the first value given wins.
   */
  public RpaException in(ErrorContext more) {
    this.context = context.orElse(more);
    return this;
  }

  @Override
  public String getMessage() {
    return reason() + context.suffix();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + ": " + getMessage();
  }
}
