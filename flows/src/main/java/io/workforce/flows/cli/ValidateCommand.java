package io.workforce.flows.cli;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import io.workforce.flows.FlowResolver;
import io.workforce.flows.FlowValidationException;
import io.workforce.flows.Problem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flow validate FILE…}: every problem of every file, one per line. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer>, FlowCli.LocaleAware {

  @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "validate.files")
  private List<Path> files;

  @Spec private CommandSpec spec;

  private Locale locale = Locale.SIMPLIFIED_CHINESE;

  @Override
  public void locale(Locale value) {
    this.locale = value;
  }

  @Override
  public Integer call() {
    CliText text = new CliText(locale);
    PrintWriter out = spec.commandLine().getOut();
    for (Path file : files) {
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        spec.commandLine().getErr().println(text.noFile(file.toString()));
        return FlowCli.USAGE;
      }
    }
    int bad = 0;
    int problems = 0;
    for (Path file : files) {
      Path dir = file.toAbsolutePath().getParent();
      FlowParser parser =
          FlowParser.create().withLocale(locale).withResolver(FlowResolver.directory(dir));
      try {
        Flow flow = parser.parse(file);
        out.println(
            text.valid(file.toString(), flow.name(), flow.version(), Outline.count(flow.steps())));
      } catch (FlowValidationException e) {
        bad++;
        problems += e.problems().size();
        e.problems().stream().map(Problem::toString).forEach(out::println);
      }
    }
    if (files.size() > 1 || bad > 0) {
      out.println(text.summary(files.size(), bad, problems));
    }
    out.flush();
    return bad == 0 ? FlowCli.VALID : FlowCli.PROBLEMS;
  }
}
