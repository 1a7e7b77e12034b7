package io.workforce.flows.cli;

import io.workforce.flows.parse.DefaultFlowParser;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./rpa flow validate FILE…} (exit 0 valid, 1 problems, 2 usage), {@code ./rpa flow explain
 * FILE} and {@code ./rpa flow schema}. Messages in Chinese, or English with {@code
 * WORKFORCE_LANG=en}.
 */
@Command(
    name = "flow",
    mixinStandardHelpOptions = true,
    version = "Workforce flow language 1",
    resourceBundle = "io.workforce.flows.cli.Messages",
    subcommands = {ValidateCommand.class, ExplainCommand.class, SchemaCommand.class})
public final class FlowCli implements Runnable {

  /** Exit code: every file is valid. */
  public static final int VALID = 0;

  /** Exit code: a file has problems. */
  public static final int PROBLEMS = 1;

  /** Exit code: the command line is wrong (unknown option, missing or unreadable file). */
  public static final int USAGE = 2;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err, DefaultFlowParser.userLocale()));
  }

  /** Runs the command line and returns its exit code; nothing is printed as a stack trace. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Locale locale) {
    CommandLine cli = new CommandLine(new FlowCli());
    cli.setResourceBundle(
        ResourceBundle.getBundle(
            "io.workforce.flows.cli.Messages",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    cli.setOut(out).setErr(err);
    cli.setExitCodeExceptionMapper(e -> USAGE);
    cli.getSubcommands().values().forEach(sub -> ((LocaleAware) sub.getCommand()).locale(locale));
    cli.setParameterExceptionHandler(
        (e, badArgs) -> {
          err.println(new CliText(locale).badUsage(e.getMessage()));
          e.getCommandLine().usage(err);
          return USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          err.println(new CliText(locale).failed(e.getMessage()));
          return USAGE;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), new CliText(Locale.ROOT).missingCommand());
  }

  /** Commands that print in the user's language. */
  interface LocaleAware {
    void locale(Locale locale);
  }
}
