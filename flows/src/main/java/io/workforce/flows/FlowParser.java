package io.workforce.flows;

import io.workforce.flows.parse.DefaultFlowParser;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads flow files (YAML or JSON) and validates them: a flow it returns is runnable. Problems are
 * collected, never only the first, and thrown together as a {@link FlowValidationException}.
 *
 * <pre>{@code
 * Flow flow = FlowParser.create().parse(Path.of("flows/sync-registrations.yaml"));
 * }</pre>
 *
 * Instances are immutable and thread-safe.
 */
public interface FlowParser {

  /**
   * A parser with messages in the user's language ({@code WORKFORCE_LANG}, Chinese unless {@code
   * en}).
   */
  static FlowParser create() {
    return DefaultFlowParser.create();
  }

  /**
   * Parses and validates a file. The file name is the source name in every location.
   *
   * @throws FlowValidationException when the file cannot be read or has problems
   */
  Flow parse(Path file);

  /**
   * Parses and validates a text. A source name ending in {@code .json} is read as JSON, any other
   * as YAML.
   *
   * @throws FlowValidationException listing every problem
   */
  Flow parse(String sourceName, String text);

  /**
   * Parses and validates raw bytes, which must be UTF-8 (a byte-order mark or GBK text is a problem
   * with a clear message).
   *
   * @throws FlowValidationException listing every problem
   */
  Flow parse(String sourceName, byte[] bytes);

  /**
   * A parser that also checks {@code call:} targets (their names and inputs) with this resolver.
   */
  FlowParser withResolver(FlowResolver resolver);

  /** A parser whose messages are in this language (Chinese, or English for any other locale). */
  FlowParser withLocale(Locale locale);
}
