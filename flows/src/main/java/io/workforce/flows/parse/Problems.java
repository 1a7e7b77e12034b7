package io.workforce.flows.parse;

import io.workforce.flows.Problem;
import io.workforce.flows.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one file, in the user's language. */
final class Problems {

  private final List<Problem> list = new ArrayList<>();
  private final Messages messages;

  Problems(Messages messages) {
    this.messages = messages;
  }

  Messages messages() {
    return messages;
  }

  void add(SourceLocation at, String message, String hint) {
    list.add(new Problem(at, message, hint));
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  /**
   * The problems by position; one message per position and text (a node checked twice reports
   * once).
   */
  List<Problem> sorted() {
    return list.stream()
        .distinct()
        .sorted(
            Comparator.comparingInt((Problem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column()))
        .toList();
  }
}
