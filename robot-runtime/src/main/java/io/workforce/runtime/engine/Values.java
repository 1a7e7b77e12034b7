package io.workforce.runtime.engine;

import io.workforce.flows.expr.Normalize;
import io.workforce.flows.step.ValueType;
import io.workforce.runtime.BusinessException;
import io.workforce.runtime.Messages;
import java.util.List;

/**
 * Text read from a page or file, converted as a step asks ({@code as: integer | decimal | date}).
 */
final class Values {

  private Values() {}

  /**
   * The converted value; null stays null.
   *
   * @throws BusinessException naming what was read and why it is not of the type (the data is
   *     wrong)
   */
  static Object convert(String text, ValueType as, String format, String what) {
    if (text == null || as == null || as == ValueType.TEXT) {
      return text;
    }
    try {
      return switch (as) {
        case INTEGER -> Normalize.number(text).longValueExact();
        case DECIMAL -> Normalize.number(text);
        case DATE -> Normalize.date(text, format == null ? List.of() : List.of(format));
        case TEXT -> text;
      };
    } catch (NumberFormatException
        | ArithmeticException
        | java.time.format.DateTimeParseException e) {
      throw new BusinessException(
          Messages.get(
              "run.convert",
              what,
              text,
              as.name().toLowerCase(java.util.Locale.ROOT),
              String.valueOf(e.getMessage())));
    }
  }
}
