package io.workforce.flows.parse;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import io.workforce.flows.FlowResolver;
import io.workforce.flows.FlowValidationException;
import io.workforce.flows.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The flow parser: bytes → text (UTF-8 only) → positioned nodes (Jackson) → checked, bound {@link
 * Flow}. Immutable; one instance serves any number of threads.
 */
public final class DefaultFlowParser implements FlowParser {

  private final Messages messages;
  private final FlowResolver resolver;

  private DefaultFlowParser(Messages messages, FlowResolver resolver) {
    this.messages = messages;
    this.resolver = resolver;
  }

  /** A parser in the user's language: {@code WORKFORCE_LANG=en} for English, Chinese otherwise. */
  public static FlowParser create() {
    return new DefaultFlowParser(Messages.of(userLocale()), null);
  }

  /** The user's language from {@code WORKFORCE_LANG} (Chinese unless it is {@code en}). */
  public static Locale userLocale() {
    String lang = System.getenv("WORKFORCE_LANG");
    return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en")
        ? Locale.ENGLISH
        : Locale.SIMPLIFIED_CHINESE;
  }

  @Override
  public FlowParser withResolver(FlowResolver flowResolver) {
    return new DefaultFlowParser(messages, flowResolver);
  }

  @Override
  public FlowParser withLocale(Locale locale) {
    return new DefaultFlowParser(Messages.of(locale), resolver);
  }

  @Override
  public Flow parse(Path file) {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException | RuntimeException e) {
      Problems problems = new Problems(messages);
      problems.add(
          SourceLocation.start(name), messages.cannotRead(String.valueOf(e.getMessage())), "");
      throw new FlowValidationException(problems.sorted());
    }
    return parse(name, bytes);
  }

  @Override
  public Flow parse(String sourceName, byte[] bytes) {
    Problems problems = new Problems(messages);
    String text = Encoding.decode(sourceName, bytes, problems);
    if (text == null) {
      throw new FlowValidationException(problems.sorted());
    }
    return parse(sourceName, text, problems);
  }

  @Override
  public Flow parse(String sourceName, String text) {
    return parse(sourceName, text, new Problems(messages));
  }

  private Flow parse(String sourceName, String text, Problems problems) {
    Flow flow = null;
    try {
      Node root = new NodeReader(sourceName, problems).read(text);
      if (root != null) {
        flow = new FlowBinder(problems, resolver).bind(root, sourceName);
      }
    } catch (RuntimeException | StackOverflowError e) {
      // A bug of ours must still reach the user as a located message, never as a stack trace.
      problems.add(
          SourceLocation.start(sourceName),
          messages.internalError(e.getClass().getSimpleName() + ": " + e.getMessage()),
          "");
    }
    if (!problems.isEmpty() || flow == null) {
      if (problems.isEmpty()) {
        problems.add(
            SourceLocation.start(sourceName), messages.emptyFile(), messages.hintEmptyFile());
      }
      throw new FlowValidationException(problems.sorted());
    }
    return flow;
  }
}
