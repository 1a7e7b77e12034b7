package io.workforce.flows.cli;

import io.workforce.flows.parse.FlowSchema;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code flow schema}: prints the JSON Schema of the language (the content of
 * docs/flow-schema.json).
 */
@Command(name = "schema", mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer>, FlowCli.LocaleAware {

  @Spec private CommandSpec spec;

  @Override
  public void locale(Locale value) {
    // the schema is English only: editors show its descriptions as they are
  }

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(FlowSchema.json());
    spec.commandLine().getOut().flush();
    return FlowCli.VALID;
  }
}
