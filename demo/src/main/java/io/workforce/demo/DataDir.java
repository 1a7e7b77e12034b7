package io.workforce.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The demo's data directory: the orchestrator's H2 database and master key, the robots' tokens and
 * runs, logs and the log-ins. Marked as the demo's by a file, so that {@code --reset} never deletes
 * a directory that is not a demo's.
 */
final class DataDir {

  static final String MARKER = ".workforce-demo";

  /** A directory the demo may not use or delete; the message says which and why. */
  static final class DataDirException extends RuntimeException {
    DataDirException(String message) {
      super(message);
    }
  }

  private DataDir() {}

  /** Whether the directory holds a previous demo's data. */
  static boolean resumable(Path dir) {
    return Files.exists(dir.resolve(MARKER)) && Files.isDirectory(dir.resolve("orchestrator"));
  }

  /** Creates (or with {@code reset} empties) the directory; refuses one with other content. */
  static void prepare(Path dir, boolean reset) {
    try {
      boolean marked = Files.exists(dir.resolve(MARKER));
      if (Files.isDirectory(dir) && !marked && !empty(dir)) {
        throw new DataDirException(
            Text.say(
                dir
                    + " 不是演示数据目录 (缺少 "
                    + MARKER
                    + "), 且不为空; 演示不会使用或删除它. "
                    + "请用 --data-dir 指定一个新目录.",
                dir
                    + " is not a demo data directory (no "
                    + MARKER
                    + ") and is not empty; the demo will neither use nor "
                    + "delete it. Choose a new directory with --data-dir."));
      }
      if (reset && marked) {
        delete(dir);
      }
      Files.createDirectories(dir);
      if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
        // it holds the demo's passwords, robot tokens and the orchestrator's data: its user's alone
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      }
      if (!Files.exists(dir.resolve(MARKER))) {
        Files.writeString(
            dir.resolve(MARKER), "data of ./rpa demo; ./rpa demo --reset deletes this directory\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean empty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
