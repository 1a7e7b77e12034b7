package io.workforce.flows;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A flow file cannot be run: it carries every problem found (never only the first), sorted by
 * position. The message lists them one per line as {@code file:line:col: message (hint)}.
 */
public final class FlowValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public FlowValidationException(List<Problem> problems) {
    super(
        problems.stream().map(Problem::toString).collect(Collectors.joining("\n")),
        null,
        false,
        false);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a validation exception needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Every problem, sorted by file, line and column. */
  public List<Problem> problems() {
    return problems;
  }
}
