package io.workforce.runtime.assistant.run;

import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.SystemTray;
import java.awt.TrayIcon;

/**
 * The tray icon and the desktop notification at the end of a long run, where the desktop has a
 * system tray (many Linux desktops and every headless machine have none: then the window's own
 * status line is all).
 */
public final class Notifier {

  private final TrayIcon icon;

  private Notifier(TrayIcon icon) {
    this.icon = icon;
  }

  /**
   * A tray icon with this image and tooltip, or a notifier that does nothing when there is no tray.
   */
  public static Notifier install(Image image, String tooltip) {
    if (GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
      return new Notifier(null);
    }
    try {
      TrayIcon icon = new TrayIcon(image, tooltip);
      icon.setImageAutoSize(true);
      SystemTray.getSystemTray().add(icon);
      return new Notifier(icon);
    } catch (AWTException | UnsupportedOperationException e) {
      return new Notifier(null);
    }
  }

  /** Whether a tray icon is shown. */
  public boolean active() {
    return icon != null;
  }

  /** Shows a notification (when there is a tray). */
  public void notify(String title, String text, boolean error) {
    if (icon != null) {
      icon.displayMessage(
          title, text, error ? TrayIcon.MessageType.ERROR : TrayIcon.MessageType.INFO);
    }
  }

  /** Removes the tray icon. */
  public void remove() {
    if (icon != null) {
      SystemTray.getSystemTray().remove(icon);
    }
  }
}
