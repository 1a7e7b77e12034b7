package io.workforce.orchestrator.api;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Whole numbers in paths and query parameters are plain decimals. Spring's default number editor
 * also reads {@code 0x1F} and {@code #1F} as hexadecimal (so {@code waitSeconds=0x1F} would
 * silently mean 31); these editors take precedence and make such a value a 400 naming the
 * parameter, like any other non-number.
 */
@ControllerAdvice
class StrictNumbers {

  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,19}");

  @InitBinder
  void decimalOnly(WebDataBinder binder) {
    binder.registerCustomEditor(Long.class, new Decimal(true));
    binder.registerCustomEditor(long.class, new Decimal(true));
    binder.registerCustomEditor(Integer.class, new Decimal(false));
    binder.registerCustomEditor(int.class, new Decimal(false));
  }

  private static final class Decimal extends PropertyEditorSupport {

    private final boolean wide;

    Decimal(boolean wide) {
      this.wide = wide;
    }

    @Override
    public void setAsText(String text) {
      if (text == null || text.isBlank()) {
        setValue(null);
        return;
      }
      String t = text.strip();
      if (!DECIMAL.matcher(t).matches()) {
        throw new IllegalArgumentException("'" + text + "' is not a decimal whole number");
      }
      setValue(wide ? Long.valueOf(t) : Integer.valueOf(t));
    }
  }
}
