package io.workforce.orchestrator.flow;

import io.workforce.flows.FlowParser;
import io.workforce.flows.FlowValidationException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The names a flow version reads as {@code ${env.NAME}} (its systems' addresses and the like): the
 * only settings a robot or the assistant is given for a run of it. Cached: versions never change.
 */
@Component
public class FlowEnvironmentNames {

  private final FlowCatalog catalog;
  private final FlowParser parser = FlowParser.create();
  private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

  FlowEnvironmentNames(FlowCatalog catalog) {
    this.catalog = catalog;
  }

  /** The names, sorted; none for a version today's language no longer reads. */
  public List<String> of(String name, int version) {
    return cache.computeIfAbsent(name + "@" + version, k -> read(name, version));
  }

  private List<String> read(String name, int version) {
    try {
      return List.copyOf(
          parser
              .parse(name + ".yaml", catalog.version(name, version, true).source())
              .environment());
    } catch (FlowValidationException e) {
      return List.of();
    }
  }
}
