package io.workforce.testkit;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server from the machine's Debian packages (no Docker): a fresh cluster in
 * a temporary directory, listening on 127.0.0.1 and a free port, with trust authentication. Started
 * in about a second; {@link #close()} stops it and deletes the directory.
 */
public final class LocalPostgres implements AutoCloseable {

  private static volatile LocalPostgres shared;

  private final Path binDir;
  private final Path dir;
  private final int port;
  private final boolean asPostgresUser;

  private LocalPostgres(Path binDir, Path dir, int port, boolean asPostgresUser) {
    this.binDir = binDir;
    this.dir = dir;
    this.port = port;
    this.asPostgresUser = asPostgresUser;
  }

  /** One server for the whole test JVM, started on first use and stopped when the JVM exits. */
  public static LocalPostgres shared() {
    if (shared == null) {
      synchronized (LocalPostgres.class) {
        if (shared == null) {
          LocalPostgres started = start();
          Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-local-postgres"));
          shared = started;
        }
      }
    }
    return shared;
  }

  /** Initialises and starts a new cluster, with {@code fsync} off (tests: fast, not crash-safe). */
  public static LocalPostgres start() {
    return start(false);
  }

  /**
   * Initialises and starts a new cluster with {@code fsync} on, as in production: for benchmarks
   * whose figures are reported (a command-line {@code -c fsync=off} cannot be undone by {@code
   * ALTER SYSTEM}).
   */
  public static LocalPostgres startDurable() {
    return start(true);
  }

  private static LocalPostgres start(boolean fsync) {
    Path bin = findBinDir();
    boolean root = "root".equals(System.getProperty("user.name"));
    try {
      Path dir = Files.createTempDirectory("workforce-pg-");
      LocalPostgres pg = new LocalPostgres(bin, dir, freePort(), root);
      if (root) {
        pg.run(List.of("chown", "postgres:postgres", dir.toString()), false);
      }
      pg.run(
          List.of(
              bin.resolve("initdb").toString(),
              "-D",
              dir.resolve("data").toString(),
              "-U",
              "postgres",
              "-A",
              "trust",
              "-E",
              "UTF8",
              "--no-locale"),
          true);
      pg.run(
          List.of(
              bin.resolve("pg_ctl").toString(),
              "-D",
              dir.resolve("data").toString(),
              "-l",
              dir.resolve("log").toString(),
              "-w",
              "-t",
              "60",
              "-o",
              "-c listen_addresses=127.0.0.1 -p "
                  + pg.port
                  + " -k "
                  + dir
                  + " -c fsync="
                  + (fsync ? "on" : "off"),
              "start"),
          true);
      return pg;
    } catch (IOException e) {
      throw new IllegalStateException("cannot create a temporary directory for PostgreSQL", e);
    }
  }

  public int port() {
    return port;
  }

  /**
   * JDBC URL of the {@code postgres} database; create your own with {@link
   * #createDatabase(String)}.
   */
  public String jdbcUrl() {
    return jdbcUrl("postgres");
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  public String user() {
    return "postgres";
  }

  /** Creates an empty database (each test class can have its own) and returns its JDBC URL. */
  public String createDatabase(String name) {
    if (!name.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException(
          "database name '" + name + "' must match [a-z_][a-z0-9_]*");
    }
    try (Connection c = connect();
        var s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
    }
    return jdbcUrl(name);
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), user(), "");
  }

  @Override
  public void close() {
    try {
      run(
          List.of(
              binDir.resolve("pg_ctl").toString(),
              "-D",
              dir.resolve("data").toString(),
              "-m",
              "immediate",
              "-w",
              "stop"),
          true);
    } catch (RuntimeException e) {
      // already stopped: nothing to do, still remove the directory
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp directory is harmless
    }
  }

  static Path findBinDir() {
    Path root = Paths.get("/usr/lib/postgresql");
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")))
          .max(Comparator.comparingInt(LocalPostgres::majorVersion))
          .orElseThrow();
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "PostgreSQL server binaries not found under /usr/lib/postgresql; "
              + "install them with: apt-get install -y postgresql   (or run ./rpa doctor)");
    }
  }

  private static int majorVersion(Path binDir) {
    String name = binDir.getParent().getFileName().toString();
    return name.matches("\\d+") ? Integer.parseInt(name) : 0;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private void run(List<String> command, boolean postgresUser) {
    List<String> full = new ArrayList<>();
    if (postgresUser && asPostgresUser) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    try {
      Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(
            "PostgreSQL command failed: " + String.join(" ", full) + "\n" + output);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + full.get(0) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + String.join(" ", full), e);
    }
  }
}
