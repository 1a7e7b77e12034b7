package io.workforce.flows;

import java.math.BigDecimal;
import java.util.List;

/**
 * One field of a start form. The orchestrator, the control center and the desktop assistant build
 * their start forms from these.
 *
 * @param name key, visible as {@code ${item.<name>}}
 * @param label what the clerk reads (defaults to the name)
 * @param type text, number, date, choice or file
 * @param required whether the clerk must fill it in
 * @param choices the allowed values of a choice field (empty otherwise)
 * @param pattern a regular expression a text field must match (null = any)
 * @param min smallest number allowed (null = no limit)
 * @param max largest number allowed (null = no limit)
 * @param location where the field is declared
 */
public record FormField(
    String name,
    String label,
    Type type,
    boolean required,
    List<String> choices,
    String pattern,
    BigDecimal min,
    BigDecimal max,
    SourceLocation location) {

  /** Field types; YAML spells them in lower case. */
  public enum Type {
    TEXT,
    NUMBER,
    DATE,
    CHOICE,
    FILE
  }
}
