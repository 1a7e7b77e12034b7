package io.workforce.runtime.assistant.login;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the assistant remembers between starts: the server, the user name and the favourite flows,
 * in {@code assistant.properties} of its home directory. Never a password or token (see {@link
 * Keyring}).
 */
public final class Prefs {

  private static final String FILE = "assistant.properties";
  private final Path file;
  private final Properties values = new Properties();

  private Prefs(Path dir) {
    this.file = dir.resolve(FILE);
    if (Files.isRegularFile(file)) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        values.load(in);
      } catch (IOException | IllegalArgumentException e) {
        values.clear(); // a damaged file is forgotten rather than stopping the log-in
      }
    }
  }

  /** The preferences kept in {@code dir} (created on the first save). */
  public static Prefs in(Path dir) {
    return new Prefs(dir);
  }

  /** The default home: {@code $WORKFORCE_ASSISTANT_HOME}, else {@code ~/.config/workforce}. */
  public static Path defaultHome() {
    String home = System.getenv("WORKFORCE_ASSISTANT_HOME");
    return home != null && !home.isBlank()
        ? Path.of(home)
        : Path.of(System.getProperty("user.home"), ".config", "workforce");
  }

  public String server() {
    return values.getProperty("server", "http://127.0.0.1:18080");
  }

  public String user() {
    return values.getProperty("user", "");
  }

  public Set<String> favourites() {
    String v = values.getProperty("favourites", "");
    return v.isBlank() ? new LinkedHashSet<>() : new LinkedHashSet<>(Arrays.asList(v.split("\n")));
  }

  /** Remembers the server and user of a successful log-in. */
  public void remember(String server, String user) {
    values.setProperty("server", server);
    values.setProperty("user", user);
    save();
  }

  public void setFavourites(Set<String> names) {
    values.setProperty("favourites", names.stream().collect(Collectors.joining("\n")));
    save();
  }

  private void save() {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(FILE + ".tmp");
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        values.store(out, "Workforce assistant");
      }
      Files.move(
          tmp,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
