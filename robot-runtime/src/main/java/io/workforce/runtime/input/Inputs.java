package io.workforce.runtime.input;

import io.workforce.flows.FlowInput;
import io.workforce.flows.FormField;
import io.workforce.flows.expr.Normalize;
import io.workforce.runtime.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a run's {@link WorkSource} from what the user handed in: a file, named fields, or nothing.
 */
public final class Inputs {

  private Inputs() {}

  /**
   * One item per row of {@code file} (xlsx or csv, by extension); {@code fields} are added to every
   * item. When the flow declares its columns, only the fields it declares under {@code
   * input.fields} may be given, and they are checked and typed as a form's are.
   *
   * @throws InputException naming the file, row or column, with a hint
   */
  public static ListSource fromFile(Path file, FlowInput declared, Map<String, String> fields) {
    if (!Files.isRegularFile(file)) {
      throw new InputException(Messages.get("input.nofile", file));
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    FlowInput.File spec = declared instanceof FlowInput.File f ? f : null;
    int headerRow = spec == null ? 1 : spec.headerRow();
    List<List<String>> rows;
    if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
      rows = Tables.xlsx(file, spec == null ? null : spec.sheet());
    } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
      rows = Tables.csv(file, null, ',');
    } else {
      throw new InputException(Messages.get("input.kind", file));
    }
    if (rows.size() < headerRow) {
      throw new InputException(Messages.get("input.noheader", file, headerRow));
    }
    List<String> header = rows.get(headerRow - 1);
    Map<String, Object> extra = new LinkedHashMap<>(fields);
    if (spec != null && (!spec.columns().isEmpty() || !spec.fields().isEmpty())) {
      extra = checked(spec.fields(), fields, true);
    }
    if (spec != null) {
      for (String column : spec.columns()) {
        if (!header.contains(column)) {
          throw new InputException(
              Messages.get("input.nocolumn", file, column, headerRow, String.join(", ", header)));
        }
      }
    }
    List<WorkItem> items = new ArrayList<>();
    for (int r = headerRow; r < rows.size(); r++) {
      List<String> cells = rows.get(r);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      Map<String, Object> data = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        if (!header.get(c).isBlank()) {
          data.put(header.get(c), c < cells.size() ? cells.get(c) : "");
        }
      }
      data.putAll(extra);
      String first = cells.stream().filter(v -> !v.isBlank()).findFirst().orElse("");
      items.add(
          new WorkItem(
              items.size() + 1,
              Messages.get("input.rowlabel", r + 1, first),
              data,
              file.getFileName() + ":" + (r + 1)));
    }
    return new ListSource(items, file.getFileName() + " (" + items.size() + ")");
  }

  /**
   * One item from named fields ({@code --set}), checked against the flow's form when it has one.
   */
  public static ListSource fromFields(Map<String, String> fields, FlowInput declared) {
    Map<String, Object> data = new LinkedHashMap<>(fields);
    if (declared instanceof FlowInput.Form form) {
      data = checked(form.fields(), fields, false);
    }
    String label = fields.values().stream().findFirst().orElse("");
    String description =
        declared instanceof FlowInput.None && fields.isEmpty()
            ? Messages.get("input.none")
            : Messages.get("input.fields", String.join(", ", fields.keySet()));
    return new ListSource(List.of(new WorkItem(1, label, data, "fields")), description);
  }

  /**
   * The given values checked and typed against the declared fields: required ones present, each of
   * its type; {@code strict} refuses names that are not declared (a typo would otherwise vanish).
   */
  private static Map<String, Object> checked(
      List<FormField> declared, Map<String, String> given, boolean strict) {
    Map<String, Object> data = new LinkedHashMap<>(given);
    if (strict) {
      List<String> names = declared.stream().map(FormField::name).toList();
      for (String name : given.keySet()) {
        if (!names.contains(name)) {
          throw new InputException(
              Messages.get(
                  "input.undeclared", name, names.isEmpty() ? "-" : String.join(", ", names)));
        }
      }
    }
    for (FormField field : declared) {
      String value = given.get(field.name());
      if (value == null || value.isBlank()) {
        if (field.required()) {
          throw new InputException(Messages.get("input.required", field.name(), field.label()));
        }
        data.putIfAbsent(field.name(), "");
        continue;
      }
      data.put(field.name(), typed(field, value));
    }
    return data;
  }

  private static Object typed(FormField field, String value) {
    try {
      switch (field.type()) {
        case NUMBER -> {
          var n = Normalize.number(value);
          if (field.min() != null && n.compareTo(field.min()) < 0
              || field.max() != null && n.compareTo(field.max()) > 0) {
            throw new InputException(
                Messages.get("input.range", field.name(), value, field.min(), field.max()));
          }
          return n;
        }
        case DATE -> {
          return Normalize.date(value, List.of("yyyy-MM-dd")).toString();
        }
        case CHOICE -> {
          if (!field.choices().contains(value)) {
            throw new InputException(
                Messages.get(
                    "input.choice", field.name(), value, String.join(", ", field.choices())));
          }
          return value;
        }
        default -> {
          if (field.pattern() != null && !value.matches(field.pattern())) {
            throw new InputException(
                Messages.get("input.pattern", field.name(), value, field.pattern()));
          }
          return value;
        }
      }
    } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
      throw new InputException(
          Messages.get(
              "input.type", field.name(), value, field.type().name().toLowerCase(Locale.ROOT)));
    }
  }

  /** Parses {@code k=v} pairs from {@code --set}. */
  public static Map<String, String> parseSets(List<String> sets) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String s : sets) {
      int eq = s.indexOf('=');
      if (eq <= 0) {
        throw new InputException(Messages.get("input.set", s));
      }
      out.put(s.substring(0, eq).strip(), s.substring(eq + 1));
    }
    return out;
  }
}
