package io.workforce.orchestrator.job;

import io.workforce.orchestrator.api.WorkforceException.FieldProblem;
import io.workforce.orchestrator.flow.FlowDescriptor;
import io.workforce.orchestrator.flow.FlowDescriptor.FieldInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks a start's inputs against the flow's start form, and that a queue-reading flow's queue
 * exists.
 */
@Component
class InputCheck implements JobStartCheck {

  private final JdbcClient jdbc;

  InputCheck(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<FieldProblem> check(FlowDescriptor flow, StartJobRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    FlowDescriptor.InputInfo input = flow.input();
    if ("queue".equals(input.kind())
        && jdbc.sql("SELECT COUNT(*) FROM work_queue WHERE name = ?")
                .param(input.queue())
                .query(Integer.class)
                .single()
            == 0) {
      problems.add(
          new FieldProblem(
              "input.queue",
              "the flow reads queue '" + input.queue() + "', which does not exist",
              "create the queue first: POST /api/v1/queues"));
    }
    if (input.fields() != null) {
      for (FieldInfo field : input.fields()) {
        checkField(field, request.inputs().get(field.name()), problems);
      }
    }
    return problems;
  }

  private static void checkField(FieldInfo f, Object value, List<FieldProblem> problems) {
    String where = "inputs." + f.name();
    if (value == null || value.toString().isBlank()) {
      if (f.required()) {
        problems.add(
            new FieldProblem(where, "'" + label(f) + "' is required", "fill in " + label(f)));
      }
      return;
    }
    String text = value.toString();
    switch (f.type().toLowerCase()) {
      case "number" -> checkNumber(f, text, where, problems);
      case "choice" -> {
        if (f.choices() != null && !f.choices().contains(text)) {
          problems.add(
              new FieldProblem(where, "'" + text + "' is not one of " + f.choices(), null));
        }
      }
      case "date" -> {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
          problems.add(
              new FieldProblem(where, "'" + text + "' is not a date", "write it as 2026-05-31"));
        }
      }
      default -> {
        if (f.pattern() != null && !text.matches(f.pattern())) {
          problems.add(
              new FieldProblem(where, "'" + text + "' does not match " + f.pattern(), null));
        }
      }
    }
  }

  private static void checkNumber(
      FieldInfo f, String text, String where, List<FieldProblem> problems) {
    BigDecimal n;
    try {
      n = new BigDecimal(text);
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(where, "'" + text + "' is not a number", null));
      return;
    }
    if (f.min() != null && n.compareTo(f.min()) < 0) {
      problems.add(new FieldProblem(where, text + " is less than the minimum " + f.min(), null));
    }
    if (f.max() != null && n.compareTo(f.max()) > 0) {
      problems.add(new FieldProblem(where, text + " is more than the maximum " + f.max(), null));
    }
  }

  private static String label(FieldInfo f) {
    return f.label() == null ? f.name() : f.label();
  }
}
