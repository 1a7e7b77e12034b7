package io.workforce.runtime.robot;

import io.workforce.protocol.Capabilities;
import io.workforce.runtime.DriverOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What this machine can do, as the robot tells the orchestrator: the browser drivers whose programs
 * are installed, the Tesseract languages found, its pool and labels, the software version and the
 * OS.
 */
final class LocalCapabilities {

  static final String VERSION = "0.1.0";

  private LocalCapabilities() {}

  static Capabilities of(RobotOptions options) {
    List<String> drivers = new ArrayList<>();
    if (Files.isExecutable(DriverOptions.CHROMIUM)) {
      drivers.add("playwright");
      if (Files.isExecutable(DriverOptions.CHROMEDRIVER)) {
        drivers.add("selenium");
      }
    }
    return new Capabilities(
        drivers,
        ocrLanguages(options.env()),
        options.pool(),
        options.labels(),
        VERSION,
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " ("
            + System.getProperty("os.arch")
            + ")");
  }

  /**
   * Tesseract models in {@code $TESSDATA_PREFIX} or Debian's tessdata directories ({@code osd} is
   * not a language).
   */
  static List<String> ocrLanguages(Map<String, String> env) {
    List<Path> dirs = new ArrayList<>();
    String prefix = env.get("TESSDATA_PREFIX");
    if (prefix != null && !prefix.isBlank()) {
      dirs.add(Path.of(prefix));
      dirs.add(Path.of(prefix, "tessdata"));
    }
    dirs.add(Path.of("/usr/share/tesseract-ocr/5/tessdata"));
    dirs.add(Path.of("/usr/share/tesseract-ocr/4.00/tessdata"));
    for (Path dir : dirs) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          List<String> langs =
              files
                  .map(p -> p.getFileName().toString())
                  .filter(n -> n.endsWith(".traineddata"))
                  .map(n -> n.substring(0, n.length() - ".traineddata".length()))
                  .filter(n -> !n.equals("osd"))
                  .sorted()
                  .toList();
          if (!langs.isEmpty()) {
            return langs;
          }
        } catch (IOException e) {
          // unreadable: look in the next place
        }
      }
    }
    return List.of();
  }

  /** This machine's host name, as a robot name (letters, digits, '.', '_', '-'). */
  static String hostName() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = System.getenv().getOrDefault("HOSTNAME", "robot");
    }
    String name = host.replaceAll("[^A-Za-z0-9._-]", "-").toLowerCase(Locale.ROOT);
    return name.isEmpty() || !Character.isLetterOrDigit(name.charAt(0)) ? "robot-" + name : name;
  }
}
