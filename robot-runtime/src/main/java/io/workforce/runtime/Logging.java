package io.workforce.runtime;

/**
 * Points Logback at the runtime's configuration ({@code logback-rpa.xml}: warnings and errors on
 * stderr). Called first thing by the command-line and assistant entry points, before any library
 * logs; the file is not named {@code logback.xml} so that it never configures another program that
 * has this module on its class path (an orchestrator in the same test JVM keeps its own).
 */
public final class Logging {

  private static final String PROPERTY = "logback.configurationFile";

  private Logging() {}

  /**
   * Uses the runtime's configuration unless one was given with {@code -Dlogback.configurationFile}.
   */
  public static void configure() {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, "io/workforce/runtime/logback-rpa.xml");
    }
  }
}
