package io.workforce.runtime.cli;

import io.workforce.runtime.Messages;
import io.workforce.runtime.Secrets;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./rpa run|vault|robot …}: runs flows alone on this machine, manages the local credential
 * vault, and serves an orchestrator as one of its robots. Exit codes: 0 every item succeeded, 1
 * some items failed, 2 bad input or set-up, 130 stopped by Ctrl-C.
 */
@Command(
    name = "rpa",
    mixinStandardHelpOptions = true,
    versionProvider = RpaCli.ProductVersion.class,
    subcommands = {RunCommand.class, VaultCommand.class, RobotCommand.class})
public final class RpaCli implements Runnable {

  /** Exit code when some items failed. */
  public static final int ITEMS_FAILED = 1;

  /** Exit code for bad input, a bad flow, a missing credential. */
  public static final int USAGE = 2;

  /** Exit code when Ctrl-C stopped the run. */
  public static final int STOPPED = 130;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    io.workforce.runtime.Logging.configure();
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code (for tests and for the launcher). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new RpaCli());
    cli.setResourceBundle(
        java.util.ResourceBundle.getBundle(
            "io.workforce.runtime.cli.help",
            Messages.english() ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE));
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr()
              .println(Secrets.mask(Messages.get("cli.error", String.valueOf(e.getMessage()))));
          return USAGE;
        });
    cli.setParameterExceptionHandler(
        (e, args1) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println(Secrets.mask(e.getMessage()));
          e.getCommandLine().usage(err);
          return USAGE;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code --version}: the POM's version, as {@code ./rpa help} shows it. */
  static final class ProductVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Workforce " + io.workforce.runtime.Version.current()};
    }
  }
}
