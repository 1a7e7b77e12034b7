package io.workforce.runtime.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.workforce.runtime.Secrets;

/**
 * {@code %maskedEx} in the runtime's Logback pattern: a logged exception's messages and stack trace
 * with every secret (and its copies) masked.
 */
public final class MaskedThrowable extends ThrowableProxyConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return Secrets.mask(super.convert(event));
  }
}
