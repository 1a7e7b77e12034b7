package io.workforce.runtime.assistant;

import com.formdev.flatlaf.FlatLightLaf;
import io.workforce.runtime.assistant.login.Keyring;
import io.workforce.runtime.assistant.login.Prefs;
import io.workforce.runtime.assistant.run.DesktopSettings;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.swing.SwingUtilities;

/**
 * {@code ./rpa assistant}: the clerk's desktop assistant. Needs a display; keeps its preferences
 * and attended runs under {@code $WORKFORCE_ASSISTANT_HOME} (default {@code ~/.config/workforce}).
 */
public final class AssistantMain {

  private AssistantMain() {}

  public static void main(String[] args) {
    if (List.of(args).contains("-h") || List.of(args).contains("--help")) {
      System.out.println(Texts.get("app.usage"));
      return;
    }
    io.workforce.runtime.Logging.configure();
    if (GraphicsEnvironment.isHeadless()) {
      System.err.println(Texts.get("app.noDisplay"));
      System.exit(2);
    }
    Path home = Prefs.defaultHome();
    DesktopSettings desktop =
        new DesktopSettings(
            home.resolve("runs"),
            System.getenv(),
            "1".equals(System.getenv("WORKFORCE_ASSISTANT_HEADLESS")),
            Clock.systemDefaultZone());
    SwingUtilities.invokeLater(
        () -> open(Prefs.in(home), Keyring.system(), desktop).setVisible(true));
  }

  /**
   * Sets the look (FlatLaf) and builds the window, without showing it (tests show it themselves).
   */
  public static AssistantFrame open(Prefs prefs, Keyring keyring, DesktopSettings desktop) {
    FlatLightLaf.setup();
    javax.swing.UIManager.put("Component.arc", 8);
    javax.swing.UIManager.put("Button.arc", 8);
    javax.swing.UIManager.put("TextComponent.arc", 6);
    return new AssistantFrame(prefs, keyring, desktop);
  }
}
