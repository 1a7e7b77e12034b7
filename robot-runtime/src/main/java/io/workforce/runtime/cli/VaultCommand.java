package io.workforce.runtime.cli;

import io.workforce.runtime.Messages;
import io.workforce.runtime.vault.LocalVault;
import io.workforce.runtime.vault.VaultKey;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./rpa vault set NAME [--user U]} (secret read without echo) and {@code ./rpa vault list}.
 */
@Command(
    name = "vault",
    mixinStandardHelpOptions = true,
    subcommands = {VaultCommand.Set.class, VaultCommand.ListCredentials.class})
final class VaultCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static LocalVault openVault(Map<String, String> env, boolean createKey) {
    Path file = LocalVault.defaultFile(env);
    VaultKey key =
        VaultKey.resolve(env.get(VaultKey.ENV), LocalVault.defaultKeyFile(env, file), createKey);
    return LocalVault.open(file, key);
  }

  @Command(name = "set", mixinStandardHelpOptions = true)
  static final class Set implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(
        names = {"--user", "--username"},
        paramLabel = "USER")
    String username;

    @Override
    public Integer call() throws IOException {
      LocalVault vault = openVault(System.getenv(), true);
      Console console = System.console();
      BufferedReader stdin =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      if (username == null) {
        System.out.print(Messages.get("vault.username", name));
        System.out.flush();
        username = console != null ? console.readLine() : stdin.readLine();
      }
      String secret;
      if (console != null) {
        char[] typed = console.readPassword(Messages.get("vault.secret", name));
        secret = typed == null ? null : new String(typed);
      } else {
        secret = stdin.readLine(); // piped in by a script: nothing is echoed anyway
      }
      if (secret == null || username == null) {
        throw new IllegalArgumentException(Messages.get("vault.noconsole"));
      }
      vault.set(name, username.strip(), secret, Map.of());
      System.out.println(Messages.get("vault.saved", name, username.strip(), vault.file()));
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true)
  static final class ListCredentials implements Callable<Integer> {

    @Override
    public Integer call() {
      LocalVault vault = openVault(System.getenv(), false);
      Map<String, String> all = vault.list();
      if (all.isEmpty()) {
        System.out.println(Messages.get("vault.empty", vault.file()));
      }
      all.forEach((name, user) -> System.out.println(name + "\t" + user));
      return 0;
    }
  }
}
