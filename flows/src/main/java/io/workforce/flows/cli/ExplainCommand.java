package io.workforce.flows.cli;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowInput;
import io.workforce.flows.FlowParser;
import io.workforce.flows.FlowResolver;
import io.workforce.flows.FlowValidationException;
import io.workforce.flows.FormField;
import io.workforce.flows.Problem;
import io.workforce.flows.SystemDef;
import io.workforce.flows.step.Step;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code flow explain FILE}: the flow as a numbered outline with its systems, input and
 * credentials.
 */
@Command(name = "explain", mixinStandardHelpOptions = true)
final class ExplainCommand implements Callable<Integer>, FlowCli.LocaleAware {

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "explain.file")
  private Path file;

  @Spec private CommandSpec spec;

  private Locale locale = Locale.SIMPLIFIED_CHINESE;
  private CliText text;
  private PrintWriter out;

  @Override
  public void locale(Locale value) {
    this.locale = value;
  }

  @Override
  public Integer call() {
    text = new CliText(locale);
    out = spec.commandLine().getOut();
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      spec.commandLine().getErr().println(text.noFile(file.toString()));
      return FlowCli.USAGE;
    }
    Path dir = file.toAbsolutePath().getParent();
    Flow flow;
    try {
      flow =
          FlowParser.create()
              .withLocale(locale)
              .withResolver(FlowResolver.directory(dir))
              .parse(file);
    } catch (FlowValidationException e) {
      e.problems().stream().map(Problem::toString).forEach(out::println);
      out.flush();
      return FlowCli.PROBLEMS;
    }
    header(flow);
    if (!flow.before().isEmpty()) {
      out.println("before:");
      outline(flow.before(), "", "  ");
    }
    out.println(text.steps() + ":");
    outline(flow.steps(), "", "  ");
    if (!flow.after().isEmpty()) {
      out.println("after:");
      outline(flow.after(), "", "  ");
    }
    out.flush();
    return FlowCli.VALID;
  }

  private void header(Flow flow) {
    out.println(text.flow() + " " + flow.name() + " v" + flow.version());
    if (!flow.description().isEmpty()) {
      out.println("  " + flow.description());
    }
    out.println(
        "  "
            + text.manualMinutes(flow.manualMinutesPerItem())
            + "; "
            + text.runsOn()
            + " "
            + flow.placements().stream()
                .map(p -> p.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
    out.println(text.systems() + ":");
    for (SystemDef s : flow.systems().values()) {
      out.println(
          "  "
              + s.name()
              + "  "
              + s.url()
              + "  "
              + (s.credential() == null ? text.noCredential() : text.credential(s.credential()))
              + "  "
              + text.sessions(s.maxSessions())
              + "  "
              + text.loginSteps(s.login().size()));
    }
    out.println(text.input() + ": " + input(flow.input()));
    if (flow.input() instanceof FlowInput.Form form) {
      for (FormField f : form.fields()) {
        out.println(
            "  - "
                + f.name()
                + " ("
                + f.label()
                + ", "
                + f.type().name().toLowerCase(Locale.ROOT)
                + (f.required() ? ", " + text.required() : "")
                + ")");
      }
    }
    if (!flow.outputs().isEmpty()) {
      out.println(
          text.outputs()
              + ": "
              + flow.outputs().stream()
                  .map(o -> o.name() + " (" + o.label() + ")")
                  .collect(Collectors.joining(", ")));
    }
    out.println(
        text.credentials()
            + ": "
            + (flow.credentialNames().isEmpty()
                ? text.none()
                : String.join(", ", flow.credentialNames())));
    out.println(
        text.environment()
            + ": "
            + (flow.environment().isEmpty() ? text.none() : String.join(", ", flow.environment())));
  }

  private String input(FlowInput input) {
    if (input instanceof FlowInput.Queue q) {
      return text.inputQueue(q.queue());
    }
    if (input instanceof FlowInput.File f) {
      return text.inputFile(f.format().name().toLowerCase(Locale.ROOT))
          + (f.columns().isEmpty() ? "" : " " + f.columns());
    }
    return input instanceof FlowInput.Form ? text.inputForm() : text.inputNone();
  }

  private void outline(List<Step> steps, String prefix, String indent) {
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      String number = prefix + (i + 1);
      out.println(
          indent
              + number
              + ". "
              + step.accept(Outline.INSTANCE)
              + "   ["
              + step.location().line()
              + "]");
      for (Map.Entry<String, List<Step>> block : Outline.blocks(step).entrySet()) {
        out.println(indent + "   " + block.getKey() + ":");
        outline(block.getValue(), number + ".", indent + "   ");
      }
    }
  }
}
