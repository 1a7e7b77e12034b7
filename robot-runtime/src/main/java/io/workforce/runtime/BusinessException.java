package io.workforce.runtime;

/**
 * The data is wrong (a record that does not verify, a check digit that fails, a row with a missing
 * field): the item fails with this reason and is not retried. Flows raise it with {@code fail} or
 * {@code verify … otherwise: business_error}.
 */
public non-sealed class BusinessException extends RpaException {

  public BusinessException(String reason) {
    super(reason, null);
  }

  public BusinessException(String reason, Throwable cause) {
    super(reason, cause);
  }

  @Override
  public final boolean retryable() {
    return false;
  }
}
