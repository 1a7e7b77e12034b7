package io.workforce.flows.parse;

import io.workforce.flows.FlowInput;
import io.workforce.flows.FormField;
import io.workforce.flows.SourceLocation;
import io.workforce.flows.parse.Node.ListNode;
import io.workforce.flows.parse.Node.MapNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Binds a flow's {@code input}: a queue, a file, or a start form. */
final class FlowInputs {

  private FlowInputs() {}

  static FlowInput bind(Body top, Problems problems) {
    Body in = top.nested("input");
    if (in == null) {
      return new FlowInput.None(top.location());
    }
    SourceLocation at = top.valueAt("input");
    if (in.has("fields") && !in.has("file")) {
      Messages m = problems.messages();
      in.problem("fields", m.fieldsWithoutFile(), m.hintFieldsWithoutFile());
    }
    if (in.has("key") && !in.has("file") && !in.has("form")) {
      in.problem("key", problems.messages().keyWithoutRows(), "");
    }
    for (String key : List.of("columns", "form", "fields")) {
      reserved(in, key, problems);
    }
    if (in.has("form")) {
      List<FormField> fields = form(in, "form", problems);
      return new FlowInput.Form(
          fields, key(in, fields.stream().map(FormField::name).toList(), problems), at);
    }
    if (in.has("file")) {
      FlowInput.FileFormat format =
          Body.enumOf(in.text("file"), FlowInput.FileFormat.class, FlowInput.FileFormat.XLSX);
      List<FormField> fields = form(in, "fields", problems);
      List<String> known = new ArrayList<>(in.texts("columns"));
      if (!known.isEmpty()) {
        fields.forEach(f -> known.add(f.name()));
      }
      return new FlowInput.File(
          format,
          in.text("sheet"),
          in.whole("header_row", 1),
          in.texts("columns"),
          fields,
          key(in, known, problems),
          at);
    }
    return new FlowInput.Queue(in.text("queue"), at);
  }

  /** The fields an item is known to have, or null when the input does not say. */
  static List<String> itemFields(FlowInput input) {
    if (input instanceof FlowInput.Form form) {
      return form.fields().stream().map(FormField::name).toList();
    }
    if (input instanceof FlowInput.File file && !file.columns().isEmpty()) {
      List<String> fields = new ArrayList<>(file.columns());
      file.fields().forEach(f -> fields.add(f.name()));
      return fields;
    }
    return input instanceof FlowInput.None ? List.of() : null;
  }

  /**
   * Item fields the runtime provides ({@code item.index}, {@code item.last}) are not input names.
   */
  private static void reserved(Body in, String key, Problems problems) {
    List<String> names = new ArrayList<>(in.texts(key));
    if (in.node(key) instanceof ListNode list) {
      for (Node n : list.items()) {
        if (n instanceof MapNode map && map.get("name") instanceof Node.Scalar s) {
          names.add(s.text());
        }
      }
    }
    for (String name : names) {
      if (ExpressionChecker.ITEM_BUILT_IN.contains(name)) {
        Messages m = problems.messages();
        in.problem(key, m.reservedItemField(name), m.hintReservedItemField());
      }
    }
  }

  /** The {@code key} names, each checked against the known names when there are any. */
  private static List<String> key(Body in, List<String> known, Problems problems) {
    List<String> key = in.texts("key");
    if (!known.isEmpty()) {
      for (String name : key) {
        if (!known.contains(name)) {
          String guess = Suggest.closest(name, known);
          Messages m = problems.messages();
          in.problem(
              "key",
              m.unknownKey(name),
              guess != null ? m.didYouMean(guess) : m.hintItemFields(known));
        }
      }
    }
    return key;
  }

  /** The fields listed under {@code key} ({@code form}, or a file's {@code fields}). */
  private static List<FormField> form(Body in, String key, Problems problems) {
    Messages m = problems.messages();
    List<FormField> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    if (!(in.node(key) instanceof ListNode list)) {
      return out;
    }
    for (Node item : list.items()) {
      if (!(item instanceof MapNode map)) {
        continue;
      }
      Body f = new Body(in.binder(), map, in.path(), map.location());
      String name = f.name("name");
      if (name == null) {
        continue;
      }
      Integer previous = seen.putIfAbsent(name, f.valueAt("name").line());
      if (previous != null) {
        f.problem("name", m.duplicateName(m.whatFormField(), name, previous), "");
      }
      FormField.Type type = f.choice("type", FormField.Type.class, FormField.Type.TEXT);
      List<String> choices = f.texts("choices");
      if (type == FormField.Type.CHOICE && choices.isEmpty()) {
        f.problem("type", m.choiceNeedsChoices(), m.hintChoices());
      } else if (type != FormField.Type.CHOICE && f.has("choices")) {
        f.problem("choices", m.choicesWithoutChoice(), "");
      }
      out.add(
          new FormField(
              name,
              f.has("label") ? f.text("label") : name,
              type,
              f.bool("required", true),
              choices,
              f.text("pattern"),
              decimal(f, "min"),
              decimal(f, "max"),
              map.location()));
    }
    return out;
  }

  private static BigDecimal decimal(Body f, String key) {
    return f.node(key) instanceof Node.Scalar s && s.value() instanceof Number n
        ? new BigDecimal(n.toString())
        : null;
  }
}
