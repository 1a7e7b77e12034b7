package io.workforce.e2e.assistant;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;

/**
 * Drives the assistant's real Swing window the way a clerk would, through its components found by
 * name (every call on the event thread), and takes screenshots of it. Screenshots go to {@code
 * target/screenshots/}; those the docs show are copied to {@code docs/images/} with {@code
 * -Dworkforce.docs.images=true}.
 */
final class SwingDriver {

  private static final Path OUT = Path.of("target", "screenshots");
  private static final Path DOCS = Path.of("..", "docs", "images");
  private static final Duration WAIT = Duration.ofSeconds(20);

  private SwingDriver() {}

  static <T> T onEdt(Callable<T> call) {
    if (SwingUtilities.isEventDispatchThread()) {
      try {
        return call.call();
      } catch (Exception e) {
        throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
      }
    }
    Object[] out = new Object[1];
    try {
      SwingUtilities.invokeAndWait(
          () -> {
            try {
              out[0] = call.call();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    }
    @SuppressWarnings("unchecked")
    T t = (T) out[0];
    return t;
  }

  static void run(Runnable r) {
    onEdt(
        () -> {
          r.run();
          return null;
        });
  }

  /** The showing component of this name and type in any window, waiting for it to appear. */
  static <T extends Component> T find(String name, Class<T> type) {
    long end = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < end) {
      Optional<T> c = onEdt(() -> lookup(name, type));
      if (c.isPresent()) {
        return c.get();
      }
      pause(100);
    }
    throw new AssertionError(
        "no showing "
            + type.getSimpleName()
            + " named '"
            + name
            + "' within "
            + WAIT
            + "; showing: "
            + onEdt(SwingDriver::names));
  }

  /** The first showing component of this type in any window (e.g. the file chooser of a dialog). */
  static <T extends Component> T findType(Class<T> type) {
    long end = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < end) {
      Optional<T> c =
          onEdt(
              () -> {
                for (Window w : Window.getWindows()) {
                  Optional<T> found = w.isShowing() ? ofType(w, type) : Optional.empty();
                  if (found.isPresent()) {
                    return found;
                  }
                }
                return Optional.<T>empty();
              });
      if (c.isPresent()) {
        return c.get();
      }
      pause(100);
    }
    throw new AssertionError("no showing " + type.getSimpleName() + " within " + WAIT);
  }

  private static <T extends Component> Optional<T> ofType(Component c, Class<T> type) {
    if (type.isInstance(c) && c.isShowing()) {
      return Optional.of(type.cast(c));
    }
    if (c instanceof Container container) {
      for (Component child : container.getComponents()) {
        Optional<T> found = ofType(child, type);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** Whether such a component is showing now. */
  static boolean showing(String name) {
    return onEdt(() -> lookup(name, Component.class)).isPresent();
  }

  static void type(String name, String text) {
    JTextComponent field = find(name, JTextComponent.class);
    run(() -> field.setText(text));
  }

  /**
   * Clicks a button once it is enabled; the click runs later on the event thread (it may open a
   * modal dialog).
   */
  static void click(String name) {
    AbstractButton b = find(name, AbstractButton.class);
    await("'" + name + "' enabled", WAIT, () -> onEdt(b::isEnabled));
    SwingUtilities.invokeLater(b::doClick);
    pause(50);
  }

  static String text(String name) {
    Component c = find(name, Component.class);
    return onEdt(
        () ->
            c instanceof JLabel l
                ? l.getText()
                : c instanceof JTextComponent t
                    ? t.getText()
                    : c instanceof AbstractButton b ? b.getText() : String.valueOf(c));
  }

  /** Waits until the label or field of this name contains {@code part}. */
  static String awaitText(String name, String part, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    String last = "";
    while (System.nanoTime() < end) {
      last = showing(name) ? text(name) : "";
      if (last.contains(part)) {
        return last;
      }
      pause(150);
    }
    throw new AssertionError(
        "waited "
            + timeout
            + " for '"
            + name
            + "' to contain '"
            + part
            + "'; it said '"
            + last
            + "'; showing: "
            + onEdt(SwingDriver::names)
            + (showing("form.errors") ? "; form errors: " + text("form.errors") : ""));
  }

  static void await(String what, Duration timeout, BooleanSupplier condition) {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return;
      }
      pause(150);
    }
    throw new AssertionError("waited " + timeout + " for " + what);
  }

  /** Paints the window into a PNG (no window manager needed). */
  static Path screenshot(Window window, String name, boolean forDocs) {
    BufferedImage image =
        onEdt(
            () -> {
              // the content (root pane) only: a frame's own printAll also paints a stand-in title
              // bar over it
              javax.swing.JComponent root = ((javax.swing.RootPaneContainer) window).getRootPane();
              BufferedImage img =
                  new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
              var g = img.createGraphics();
              root.printAll(g);
              g.dispose();
              return img;
            });
    try {
      Files.createDirectories(OUT);
      Path file = OUT.resolve(name + ".png");
      ImageIO.write(image, "png", file.toFile());
      if (forDocs && Boolean.getBoolean("workforce.docs.images")) {
        Files.createDirectories(DOCS);
        Files.copy(file, DOCS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void pause(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static <T extends Component> Optional<T> lookup(String name, Class<T> type) {
    for (Window w : Window.getWindows()) {
      if (w.isShowing()) {
        Optional<T> found = lookup(w, name, type);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static <T extends Component> Optional<T> lookup(Component c, String name, Class<T> type) {
    if (name.equals(c.getName()) && type.isInstance(c) && c.isShowing()) {
      return Optional.of(type.cast(c));
    }
    if (c instanceof Container container) {
      for (Component child : container.getComponents()) {
        Optional<T> found = lookup(child, name, type);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Window w : Window.getWindows()) {
      if (w.isShowing()) {
        collect(w, names);
      }
    }
    return names;
  }

  private static void collect(Component c, List<String> names) {
    if (c.getName() != null && !c.getName().startsWith("null.") && c.isShowing()) {
      names.add(c.getName());
    }
    if (c instanceof Container container) {
      for (Component child : container.getComponents()) {
        collect(child, names);
      }
    }
  }
}
