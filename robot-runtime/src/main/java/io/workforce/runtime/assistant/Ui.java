package io.workforce.runtime.assistant;

import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.SwingWorker;

/**
 * Small helpers the screens share: work off the event thread, names for lookup, headings and notes.
 */
public final class Ui {

  /** The colour of error text. */
  public static final Color ERROR = new Color(0xC62828);

  /** Text that asks for attention before an action, without being an error. */
  public static final Color WARNING = new Color(0xB26A00);

  private Ui() {}

  /**
   * Runs {@code work} in the background and hands its value or its exception to the event thread.
   */
  public static <T> void background(
      Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
    new SwingWorker<T, Void>() {
      @Override
      protected T doInBackground() {
        return work.get();
      }

      @Override
      protected void done() {
        try {
          done.accept(get());
        } catch (ExecutionException e) {
          failed.accept(
              e.getCause() instanceof RuntimeException r
                  ? r
                  : new IllegalStateException(e.getCause()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }.execute();
  }

  /** Names a component (tests and accessibility find it by name) and returns it. */
  public static <T extends Component> T named(String name, T c) {
    c.setName(name);
    c.getAccessibleContext().setAccessibleName(name);
    return c;
  }

  /** A large bold label. */
  public static JLabel heading(String text) {
    JLabel l = new JLabel(text);
    l.setFont(l.getFont().deriveFont(Font.BOLD, l.getFont().getSize2D() + 5f));
    return l;
  }

  /** A label in the muted colour of secondary text. */
  public static JLabel note(String text) {
    JLabel l = new JLabel(text);
    l.putClientProperty("FlatLaf.styleClass", "small");
    l.setForeground(Color.GRAY);
    return l;
  }

  /** Padding around a panel. */
  public static <T extends JComponent> T padded(T c, int px) {
    c.setBorder(BorderFactory.createEmptyBorder(px, px, px, px));
    return c;
  }
}
