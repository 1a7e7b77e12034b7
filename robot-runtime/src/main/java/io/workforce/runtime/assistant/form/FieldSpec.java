package io.workforce.runtime.assistant.form;

import io.workforce.runtime.assistant.api.Dtos.FieldInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One field of the generated start form.
 *
 * @param name the input's name (sent as the key of {@code inputs})
 * @param label what the clerk reads
 * @param type its kind
 * @param required whether it must be filled in
 * @param choices allowed values (choice)
 * @param pattern a regular expression (text), or null
 * @param min smallest number (number), or null
 * @param max largest number (number), or null
 * @param format xlsx or csv for a spreadsheet, else null
 */
public record FieldSpec(
    String name,
    String label,
    Type type,
    boolean required,
    List<String> choices,
    String pattern,
    BigDecimal min,
    BigDecimal max,
    String format) {

  /** The kinds of field a flow declares; SPREADSHEET is the flow's {@code input: file}. */
  public enum Type {
    TEXT,
    NUMBER,
    DATE,
    CHOICE,
    FILE,
    SPREADSHEET
  }

  public FieldSpec {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  /** From a declared form field; unknown types are treated as text. */
  public static FieldSpec of(FieldInfo f) {
    Type type;
    try {
      type = Type.valueOf(String.valueOf(f.type()).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      type = Type.TEXT;
    }
    return new FieldSpec(
        f.name(), f.label(), type, f.required(), f.choices(), f.pattern(), f.min(), f.max(), null);
  }

  /** Whether the value is a file chosen on this machine. */
  public boolean isFile() {
    return type == Type.FILE || type == Type.SPREADSHEET;
  }
}
