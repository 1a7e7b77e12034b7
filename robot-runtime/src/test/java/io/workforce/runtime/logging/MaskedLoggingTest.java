package io.workforce.runtime.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import io.workforce.runtime.Secrets;
import org.junit.jupiter.api.Test;

/** The runtime's Logback configuration as shipped: what a library logs is masked like a journal. */
class MaskedLoggingTest {

  @Test
  void libraryLogLinesAndTheirExceptionsHaveSecretsMasked() throws Exception {
    String secret = "Log-Canary-5521-Pw";
    Secrets.register(secret);
    LoggerContext context = new LoggerContext();
    JoranConfigurator config = new JoranConfigurator();
    config.setContext(context);
    config.doConfigure(getClass().getResource("/io/workforce/runtime/logback-rpa.xml"));
    Logger library = context.getLogger("some.library");
    @SuppressWarnings("unchecked")
    OutputStreamAppender<ILoggingEvent> stderr =
        (OutputStreamAppender<ILoggingEvent>) context.getLogger("ROOT").getAppender("stderr");
    @SuppressWarnings("unchecked")
    LayoutWrappingEncoder<ILoggingEvent> encoder =
        (LayoutWrappingEncoder<ILoggingEvent>) stderr.getEncoder();

    String warning =
        encoder
            .getLayout()
            .doLayout(
                new LoggingEvent(
                    Logger.class.getName(),
                    library,
                    Level.WARN,
                    "typed " + secret.toUpperCase() + " into #pwd",
                    null,
                    null));
    String error =
        encoder
            .getLayout()
            .doLayout(
                new LoggingEvent(
                    Logger.class.getName(),
                    library,
                    Level.ERROR,
                    "failed",
                    new IllegalStateException("value was " + secret),
                    null));

    assertThat(warning).isEqualTo("WARN some.library: typed ****** into #pwd\n");
    assertThat(error)
        .startsWith("ERROR some.library: failed\n")
        .contains("IllegalStateException: value was ******")
        .doesNotContainIgnoringCase(secret);
  }
}
