package io.workforce.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Properties;

/**
 * The demo's people and their passwords. Passwords are random per data directory (a demo may listen
 * on the network), kept in {@code demo-logins.properties} readable only by its owner, and printed
 * at every start so that a resumed demo shows the same log-ins.
 */
final class Logins {

  /**
   * A demo person. @param role ADMINISTRATOR, SUPERVISOR or CLERK @param registryAccount their own
   * registry account
   */
  record Person(
      String username, String displayName, String role, String registryAccount, String password) {}

  static final String FILE = "demo-logins.properties";
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * Who the demo creates: the administrator (the orchestrator's first one), a supervisor and two
   * clerks.
   */
  private static final List<Person> PEOPLE =
      List.of(
          new Person("admin", "管理员", "ADMINISTRATOR", null, null),
          new Person("wang", "王主管", "SUPERVISOR", null, null),
          new Person("zhang", "张登记", "CLERK", "djy01", null),
          new Person("li", "李登记", "CLERK", "djy02", null));

  private Logins() {}

  /**
   * The people with their passwords: read from the data directory, or made (and written) at the
   * first start.
   */
  static List<Person> loadOrCreate(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    Properties p = new Properties();
    try {
      if (Files.exists(file)) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          p.load(r);
        }
      }
      boolean changed = false;
      for (Person person : PEOPLE) {
        if (p.getProperty(person.username()) == null) {
          p.setProperty(person.username(), generate());
          changed = true;
        }
      }
      if (changed) {
        write(file, p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return PEOPLE.stream()
        .map(
            x ->
                new Person(
                    x.username(),
                    x.displayName(),
                    x.role(),
                    x.registryAccount(),
                    p.getProperty(x.username())))
        .toList();
  }

  static Person admin(List<Person> people) {
    return people.get(0);
  }

  private static void write(Path file, Properties p) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(FILE + ".tmp");
    Files.deleteIfExists(tmp);
    Files.createFile(
        tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      p.store(
          w,
          "./rpa demo log-ins (random per data directory; delete the directory or use --reset to start anew)");
    }
    Files.move(
        tmp,
        file,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * "Demo-", 8 letters and digits without look-alikes (about 46 bits), a digit: fits the usual
   * password rules.
   */
  static String generate() {
    StringBuilder b = new StringBuilder("Demo-");
    for (int i = 0; i < 8; i++) {
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return b.append(RANDOM.nextInt(10)).toString();
  }
}
