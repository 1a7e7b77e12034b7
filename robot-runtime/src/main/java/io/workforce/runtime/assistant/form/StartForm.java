package io.workforce.runtime.assistant.form;

import io.workforce.runtime.assistant.Texts;
import io.workforce.runtime.assistant.api.Dtos.InputInfo;
import io.workforce.runtime.assistant.api.Dtos.StartableFlow;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.PatternSyntaxException;

/**
 * The start form of a flow, generated from its declared input: one field per form field, or one
 * spreadsheet field for a flow that reads a file. Inputs the clerk's share fixes are not asked for.
 * {@link #validate} checks every value before anything is sent and returns all problems at once.
 */
public final class StartForm {

  /** The input key of a flow's spreadsheet, as the orchestrator expects it. */
  public static final String SPREADSHEET = "file";

  private final List<FieldSpec> fields;
  private final Map<String, Object> fixed;

  private StartForm(List<FieldSpec> fields, Map<String, Object> fixed) {
    this.fields = List.copyOf(fields);
    this.fixed = fixed;
  }

  /** The form for a flow the clerk may start. */
  public static StartForm of(StartableFlow flow) {
    InputInfo input = flow.input();
    List<FieldSpec> fields = new ArrayList<>();
    if ("file".equals(input.kind())) {
      String format = input.format() == null ? "xlsx" : input.format().toLowerCase(Locale.ROOT);
      fields.add(
          new FieldSpec(
              SPREADSHEET,
              Texts.get("form.spreadsheet", format),
              FieldSpec.Type.SPREADSHEET,
              true,
              List.of(),
              null,
              null,
              null,
              format));
    } else if ("form".equals(input.kind())) {
      input.fields().stream()
          .filter(f -> !flow.fixedInputs().containsKey(f.name()))
          .map(FieldSpec::of)
          .forEach(fields::add);
    }
    return new StartForm(fields, flow.fixedInputs());
  }

  /** The fields to fill in, in declaration order. */
  public List<FieldSpec> fields() {
    return fields;
  }

  /** Inputs fixed by the share (shown read-only, sent as they are). */
  public Map<String, Object> fixed() {
    return fixed;
  }

  /**
   * Every problem of these values (field name to text as typed; files as paths); empty when all is
   * well.
   */
  public List<FieldError> validate(Map<String, String> values) {
    List<FieldError> errors = new ArrayList<>();
    for (FieldSpec f : fields) {
      String v = values.getOrDefault(f.name(), "").strip();
      if (v.isEmpty()) {
        if (f.required()) {
          errors.add(new FieldError(f.name(), Texts.get("form.required", f.label())));
        }
        continue;
      }
      String problem = check(f, v);
      if (problem != null) {
        errors.add(new FieldError(f.name(), problem));
      }
    }
    return errors;
  }

  /**
   * The typed inputs (numbers as numbers, dates as ISO text), fixed inputs included; files stay
   * paths.
   *
   * @throws IllegalArgumentException when the values do not pass {@link #validate}
   */
  public Map<String, Object> inputs(Map<String, String> values) {
    List<FieldError> errors = validate(values);
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(errors.get(0).message());
    }
    Map<String, Object> out = new LinkedHashMap<>(fixed);
    for (FieldSpec f : fields) {
      String v = values.getOrDefault(f.name(), "").strip();
      if (!v.isEmpty()) {
        out.put(f.name(), f.type() == FieldSpec.Type.NUMBER ? new BigDecimal(v) : v);
      }
    }
    return out;
  }

  private static String check(FieldSpec f, String v) {
    switch (f.type()) {
      case NUMBER -> {
        BigDecimal n;
        try {
          n = new BigDecimal(v);
        } catch (NumberFormatException e) {
          return Texts.get("form.number", f.label(), v);
        }
        if (f.min() != null && n.compareTo(f.min()) < 0
            || f.max() != null && n.compareTo(f.max()) > 0) {
          return Texts.get(
              "form.range",
              f.label(),
              v,
              f.min() == null ? "-∞" : f.min().toPlainString(),
              f.max() == null ? "∞" : f.max().toPlainString());
        }
        return null;
      }
      case DATE -> {
        try {
          LocalDate.parse(v);
          return null;
        } catch (DateTimeParseException e) {
          return Texts.get("form.date", f.label(), v);
        }
      }
      case CHOICE -> {
        return f.choices().contains(v)
            ? null
            : Texts.get("form.choice", f.label(), v, String.join(", ", f.choices()));
      }
      case FILE, SPREADSHEET -> {
        return checkFile(f, Path.of(v));
      }
      default -> {
        return checkPattern(f, v);
      }
    }
  }

  private static String checkPattern(FieldSpec f, String v) {
    try {
      return f.pattern() == null || v.matches(f.pattern())
          ? null
          : Texts.get("form.pattern", f.label(), v, f.pattern());
    } catch (PatternSyntaxException e) {
      return null; // the server validated the flow; a pattern Java cannot read is left to it
    }
  }

  private static String checkFile(FieldSpec f, Path file) {
    if (!Files.isRegularFile(file)) {
      return Texts.get("form.nofile", f.label(), file);
    }
    if (f.format() == null) {
      return null;
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean ok =
        f.format().equals("csv")
            ? name.endsWith(".csv") || name.endsWith(".txt")
            : name.endsWith(".xlsx") || name.endsWith(".xlsm");
    return ok ? null : Texts.get("form.format", f.label(), file.getFileName(), f.format());
  }
}
