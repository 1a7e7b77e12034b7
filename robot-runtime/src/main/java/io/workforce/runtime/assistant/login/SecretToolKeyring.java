package io.workforce.runtime.assistant.login;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Secret Service (GNOME Keyring, KWallet…) through libsecret's {@code secret-tool}: the secret
 * goes through the tool's standard input, never its command line, so other users cannot see it in
 * the process list. Usable only with a D-Bus session (a desktop log-in), which headless machines
 * lack.
 */
final class SecretToolKeyring implements Keyring {

  private final String command;

  SecretToolKeyring(String command) {
    this.command = command;
  }

  @Override
  public boolean available() {
    String bus = System.getenv("DBUS_SESSION_BUS_ADDRESS");
    if (bus == null || bus.isBlank()) {
      return false;
    }
    try {
      return run(List.of(command, "search", "service", "workforce-assistant"), null).exit() >= 0;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public Optional<String> load(String server, String user) {
    try {
      Result r = run(attributes("lookup", server, user), null);
      return r.exit() == 0 && !r.out().isEmpty() ? Optional.of(r.out()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean save(String server, String user, String secret) {
    List<String> args =
        new ArrayList<>(List.of(command, "store", "--label=Workforce " + user + "@" + server));
    args.addAll(attributes("", server, user).subList(2, 8));
    try {
      return run(args, secret).exit() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void delete(String server, String user) {
    try {
      run(attributes("clear", server, user), null);
    } catch (IOException ignored) {
      // nothing stored, nothing to forget
    }
  }

  private List<String> attributes(String verb, String server, String user) {
    return List.of(command, verb, "service", "workforce-assistant", "server", server, "user", user);
  }

  private record Result(int exit, String out) {}

  private static Result run(List<String> args, String input) throws IOException {
    Process p = new ProcessBuilder(args).redirectErrorStream(false).start();
    try (OutputStream in = p.getOutputStream()) {
      if (input != null) {
        in.write(input.getBytes(StandardCharsets.UTF_8));
      }
    }
    try {
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Result(-1, "");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(-1, "");
    }
    return new Result(
        p.exitValue(),
        new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
  }
}
