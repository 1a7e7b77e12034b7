package io.workforce.orchestrator.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * The data directory is the orchestrator's alone: mode 0700, every directory in it 0700 and every
 * file 0600 (the H2 database, the master key, logs, anything a running orchestrator wrote), made so
 * before anything is opened (so an existing directory from an older version is fixed too) and again
 * once started (for the files the start created under the process's umask). So is the log file
 * ({@code logging.file.name}) wherever it is. Registered in {@code META-INF/spring.factories}: it
 * must run before the database is opened, earlier than any bean.
 */
public final class PrivateDataDir implements ApplicationListener<ApplicationEvent> {

  static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
      lock(prepared.getEnvironment());
    } else if (event instanceof ApplicationReadyEvent ready) {
      lock(ready.getApplicationContext().getEnvironment());
    }
  }

  private static void lock(Environment env) {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return; // Windows: the directory's ACL is the operator's to set
    }
    lockDirectory(Path.of(env.getProperty("workforce.data-dir", "./data")));
    String log = env.getProperty("logging.file.name");
    if (log != null && Files.isRegularFile(Path.of(log))) {
      set(Path.of(log), FILE);
    }
  }

  /** Creates the directory if need be; 0700 for it and its directories, 0600 for its files. */
  public static void lockDirectory(Path dir) {
    try {
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              set(d, DIRECTORY);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()) { // never follow a link out of the directory
                set(f, FILE);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              return FileVisitResult.CONTINUE; // e.g. a temporary file removed meanwhile
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the data directory " + dir + " private", e);
    }
  }

  /** Creates a directory (and its parents) the orchestrator alone may enter. */
  public static void privateDirectory(Path dir) throws IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
      set(dir, DIRECTORY);
    } else {
      Files.createDirectories(dir);
    }
  }

  /** Makes a file the orchestrator just wrote into its data directory readable by it alone. */
  public static void privateFile(Path file) {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      set(file, FILE);
    }
  }

  private static void set(Path p, Set<PosixFilePermission> permissions) {
    try {
      if (!Files.getPosixFilePermissions(p).equals(permissions)) {
        Files.setPosixFilePermissions(p, permissions);
      }
    } catch (java.nio.file.NoSuchFileException e) {
      // removed meanwhile (a temporary file)
    } catch (IOException e) {
      throw new UncheckedIOException("cannot set the permissions of " + p, e);
    }
  }
}
