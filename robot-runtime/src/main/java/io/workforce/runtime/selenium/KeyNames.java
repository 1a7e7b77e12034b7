package io.workforce.runtime.selenium;

import io.workforce.runtime.SystemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.Keys;

/**
 * Playwright's key names ({@code Enter}, {@code Control+A}, {@code ArrowDown}) as Selenium keys.
 */
final class KeyNames {

  private static final Map<String, CharSequence> NAMED =
      Map.ofEntries(
          Map.entry("enter", Keys.ENTER),
          Map.entry("tab", Keys.TAB),
          Map.entry("escape", Keys.ESCAPE),
          Map.entry("backspace", Keys.BACK_SPACE),
          Map.entry("delete", Keys.DELETE),
          Map.entry("space", " "),
          Map.entry("arrowup", Keys.ARROW_UP),
          Map.entry("arrowdown", Keys.ARROW_DOWN),
          Map.entry("arrowleft", Keys.ARROW_LEFT),
          Map.entry("arrowright", Keys.ARROW_RIGHT),
          Map.entry("home", Keys.HOME),
          Map.entry("end", Keys.END),
          Map.entry("pageup", Keys.PAGE_UP),
          Map.entry("pagedown", Keys.PAGE_DOWN),
          Map.entry("insert", Keys.INSERT),
          Map.entry("control", Keys.CONTROL),
          Map.entry("shift", Keys.SHIFT),
          Map.entry("alt", Keys.ALT),
          Map.entry("meta", Keys.META),
          Map.entry("controlormeta", Keys.CONTROL),
          Map.entry("f1", Keys.F1),
          Map.entry("f2", Keys.F2),
          Map.entry("f3", Keys.F3),
          Map.entry("f4", Keys.F4),
          Map.entry("f5", Keys.F5),
          Map.entry("f6", Keys.F6),
          Map.entry("f7", Keys.F7),
          Map.entry("f8", Keys.F8),
          Map.entry("f9", Keys.F9),
          Map.entry("f10", Keys.F10),
          Map.entry("f11", Keys.F11),
          Map.entry("f12", Keys.F12));

  private KeyNames() {}

  /**
   * The chord to send, e.g. {@code Control+A} → CONTROL, "a" (a chord releases its modifiers at the
   * end).
   */
  static CharSequence[] chord(String key) {
    List<CharSequence> parts = new ArrayList<>();
    for (String part : key.split("\\+(?!$)")) {
      CharSequence named = NAMED.get(part.toLowerCase(Locale.ROOT));
      if (named != null) {
        parts.add(named);
      } else if (part.length() == 1) {
        parts.add(part.toLowerCase(Locale.ROOT));
      } else {
        throw new SystemException(
            "unknown key '"
                + part
                + "' in '"
                + key
                + "' (hint: Enter, Tab, Escape, ArrowDown, Control+A, F5 or one character)");
      }
    }
    return new CharSequence[] {Keys.chord(parts)};
  }
}
