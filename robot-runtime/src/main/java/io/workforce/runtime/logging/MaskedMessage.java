package io.workforce.runtime.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.workforce.runtime.Secrets;

/**
 * {@code %maskedMsg} in the runtime's Logback pattern: a library's log message with every secret
 * (and its copies) masked, like everything else the runtime writes.
 */
public final class MaskedMessage extends MessageConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return Secrets.mask(super.convert(event));
  }
}
