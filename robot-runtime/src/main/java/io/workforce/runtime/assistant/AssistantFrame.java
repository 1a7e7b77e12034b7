package io.workforce.runtime.assistant;

import io.workforce.runtime.assistant.api.AssistantApi;
import io.workforce.runtime.assistant.api.Dtos.Me;
import io.workforce.runtime.assistant.login.Keyring;
import io.workforce.runtime.assistant.login.LoginPanel;
import io.workforce.runtime.assistant.login.Prefs;
import io.workforce.runtime.assistant.run.DesktopSettings;
import io.workforce.runtime.assistant.run.Notifier;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javax.swing.JFrame;
import javax.swing.WindowConstants;

/**
 * The assistant's window: the log-in screen, then the workbench; 1100×700 so that it fits a
 * 1366×768 screen.
 */
public final class AssistantFrame extends JFrame {

  private final Prefs prefs;
  private final Keyring keyring;
  private final DesktopSettings desktop;
  private final Notifier notifier;
  private AssistantApi api;

  public AssistantFrame(Prefs prefs, Keyring keyring, DesktopSettings desktop) {
    super(Texts.get("app.title"));
    this.prefs = prefs;
    this.keyring = keyring;
    this.desktop = desktop;
    BufferedImage icon = icon();
    setIconImage(icon);
    this.notifier = Notifier.install(icon, Texts.get("app.title"));
    setName("assistant");
    setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    setMinimumSize(new Dimension(900, 600));
    setSize(1100, 700);
    setLocationRelativeTo(null);
    showLogin();
    addWindowListener(
        new java.awt.event.WindowAdapter() {
          @Override
          public void windowClosed(java.awt.event.WindowEvent e) {
            notifier.remove();
            if (api != null) {
              api.logout();
            }
          }
        });
  }

  private void showLogin() {
    getContentPane().removeAll();
    getContentPane().add(new LoginPanel(prefs, keyring, this::loggedIn), BorderLayout.CENTER);
    revalidate();
    repaint();
  }

  private void loggedIn(AssistantApi api, Me me) {
    this.api = api;
    getContentPane().removeAll();
    getContentPane()
        .add(new Workbench(api, me, prefs, desktop, notifier, this::logout), BorderLayout.CENTER);
    revalidate();
    repaint();
  }

  private void logout() {
    if (api != null) {
      AssistantApi old = api;
      api = null;
      Ui.background(
          () -> {
            old.logout();
            return true;
          },
          ok -> {},
          e -> {});
    }
    showLogin();
  }

  /** A small robot-blue square with a "W": the window and tray icon (no image files to ship). */
  static BufferedImage icon() {
    BufferedImage img = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0x1565C0));
    g.fillRoundRect(0, 0, 32, 32, 8, 8);
    g.setColor(Color.WHITE);
    g.setFont(g.getFont().deriveFont(java.awt.Font.BOLD, 20f));
    g.drawString("W", 6, 24);
    g.dispose();
    return img;
  }
}
