package io.workforce.orchestrator.flow;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowInput;
import io.workforce.flows.FlowParser;
import io.workforce.flows.FlowValidationException;
import io.workforce.flows.FormField;
import io.workforce.flows.OutputDef;
import io.workforce.flows.Placement;
import io.workforce.flows.SourceLocation;
import io.workforce.orchestrator.api.WorkforceException.FieldProblem;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@link FlowCompiler} on the flow language of {@code flows/}: problems in the caller's language.
 */
@Component
class FlowsLanguageCompiler implements FlowCompiler {

  private final FlowParser chinese = FlowParser.create().withLocale(Locale.SIMPLIFIED_CHINESE);
  private final FlowParser english = FlowParser.create().withLocale(Locale.ENGLISH);

  @Override
  public FlowDescriptor compile(String sourceName, String source) {
    Locale locale = LocaleContextHolder.getLocale();
    FlowParser parser = locale != null && "en".equals(locale.getLanguage()) ? english : chinese;
    Flow flow;
    try {
      flow = parser.parse(sourceName, source);
    } catch (FlowValidationException e) {
      throw new FlowRejectedException(
          sourceName,
          e.problems().stream()
              .map(p -> new FieldProblem(where(p.location()), p.message(), p.hint()))
              .toList());
    }
    return describe(flow);
  }

  static FlowDescriptor describe(Flow flow) {
    List<FlowDescriptor.SystemInfo> systems =
        flow.systems().values().stream()
            .map(s -> new FlowDescriptor.SystemInfo(s.name(), s.credential(), s.maxSessions()))
            .toList();
    return new FlowDescriptor(
        flow.name(),
        flow.version(),
        flow.description(),
        flow.manualMinutesPerItem(),
        systems,
        flow.credentialNames().stream().sorted().toList(),
        input(flow.input()),
        flow.placements().stream()
            .map(Placement::name)
            .map(n -> n.toLowerCase(Locale.ROOT))
            .sorted()
            .toList(),
        flow.outputs().stream().map(OutputDef::name).toList(),
        List.copyOf(flow.enqueueQueues()));
  }

  private static FlowDescriptor.InputInfo input(FlowInput input) {
    if (input instanceof FlowInput.Queue q) {
      return new FlowDescriptor.InputInfo("queue", q.queue(), null, List.of());
    }
    if (input instanceof FlowInput.File f) {
      return new FlowDescriptor.InputInfo(
          "file",
          null,
          f.format().name().toLowerCase(Locale.ROOT),
          f.fields().stream().map(FlowsLanguageCompiler::field).toList());
    }
    if (input instanceof FlowInput.Form form) {
      return new FlowDescriptor.InputInfo(
          "form", null, null, form.fields().stream().map(FlowsLanguageCompiler::field).toList());
    }
    return new FlowDescriptor.InputInfo("none", null, null, List.of());
  }

  private static FlowDescriptor.FieldInfo field(FormField f) {
    return new FlowDescriptor.FieldInfo(
        f.name(),
        f.label(),
        f.type().name().toLowerCase(Locale.ROOT),
        f.required(),
        f.choices(),
        f.pattern(),
        f.min(),
        f.max());
  }

  private static String where(SourceLocation l) {
    return l == null ? null : l.file() + ":" + l.line() + ":" + l.column();
  }
}
