package io.workforce.runtime.assistant;

import io.workforce.runtime.assistant.api.Dtos.FieldInfo;
import io.workforce.runtime.assistant.api.Dtos.InputInfo;
import io.workforce.runtime.assistant.api.Dtos.StartableFlow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Test data: flows as {@code GET /api/v1/me/flows} lists them. */
public final class Flows {

  private Flows() {}

  public static StartableFlow form(String name, Map<String, Object> fixed, FieldInfo... fields) {
    return new StartableFlow(
        name,
        "表单 " + name,
        1,
        5,
        new InputInfo("form", null, null, List.of(fields)),
        List.of("robot"),
        fixed,
        List.of(),
        null,
        List.of());
  }

  public static StartableFlow spreadsheet(
      String name, String format, List<String> placements, List<String> credentials) {
    return new StartableFlow(
        name,
        "表格 " + name,
        1,
        5,
        new InputInfo("file", null, format, List.of()),
        placements,
        Map.of(),
        credentials,
        42.0,
        List.of());
  }

  public static FieldInfo field(String name, String type, boolean required) {
    return new FieldInfo(name, name + "标签", type, required, List.of(), null, null, null);
  }

  public static FieldInfo number(String name, String min, String max) {
    return new FieldInfo(
        name,
        name,
        "number",
        true,
        List.of(),
        null,
        min == null ? null : new BigDecimal(min),
        max == null ? null : new BigDecimal(max));
  }

  public static FieldInfo choice(String name, String... choices) {
    return new FieldInfo(name, name, "choice", true, List.of(choices), null, null, null);
  }

  public static FieldInfo text(String name, String pattern) {
    return new FieldInfo(name, name, "text", true, List.of(), pattern, null, null);
  }
}
