package io.workforce.orchestrator.flow;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import io.workforce.flows.FlowValidationException;
import io.workforce.flows.OutputDef;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The labels a flow version declares for people: its input fields' ({@code label} of a form or file
 * field) and its outputs' ({@code output: { receipt: 受理编号 }}), so that a run's result shows them
 * instead of raw keys. Cached: versions never change.
 */
@Component
public class FlowLabels {

  /**
   * @param inputs input field name to label, in declared order
   * @param outputs output name to label, in declared order
   */
  public record Labels(Map<String, String> inputs, Map<String, String> outputs) {}

  private final FlowCatalog catalog;
  private final FlowParser parser = FlowParser.create();
  private final Map<String, Labels> cache = new ConcurrentHashMap<>();

  FlowLabels(FlowCatalog catalog) {
    this.catalog = catalog;
  }

  /** The labels of a version (names stand for themselves where nothing is declared). */
  public Labels of(String name, int version) {
    return cache.computeIfAbsent(name + "@" + version, k -> read(name, version));
  }

  private Labels read(String name, int version) {
    FlowDescriptor d = catalog.descriptor(name, version);
    Map<String, String> inputs = new LinkedHashMap<>();
    if (d.input() != null && d.input().fields() != null) {
      d.input().fields().forEach(f -> inputs.put(f.name(), blankOr(f.label(), f.name())));
    }
    Map<String, String> outputs = new LinkedHashMap<>();
    d.outputs().forEach(o -> outputs.put(o, o));
    try {
      // the descriptor keeps output names only: their labels come from the version's source
      Flow flow = parser.parse(name + ".yaml", catalog.version(name, version, true).source());
      for (OutputDef o : flow.outputs()) {
        outputs.put(o.name(), blankOr(o.label(), o.name()));
      }
    } catch (FlowValidationException e) {
      // a version an older language accepted: its outputs keep their names
    }
    return new Labels(inputs, outputs);
  }

  private static String blankOr(String label, String name) {
    return label == null || label.isBlank() ? name : label;
  }
}
