package io.workforce.flows.parse;

import io.workforce.flows.Flow;
import io.workforce.flows.FlowParser;
import io.workforce.flows.FlowResolver;
import io.workforce.flows.FlowValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Resolves {@code call:} targets among the flow files of one directory. The files are parsed
 * without a resolver of their own, so flows that call each other cannot recurse.
 */
public final class DirectoryResolver implements FlowResolver {

  private final Path dir;
  private final FlowParser parser;
  private Map<String, Flow> byName;

  public DirectoryResolver(Path dir, FlowParser parser) {
    this.dir = dir;
    this.parser = parser;
  }

  @Override
  public synchronized Optional<Flow> find(String flowName) {
    if (byName == null) {
      byName = scan();
    }
    return Optional.ofNullable(byName.get(flowName));
  }

  private Map<String, Flow> scan() {
    Map<String, Flow> out = new HashMap<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(DirectoryResolver::isFlowFile).sorted().toList();
    } catch (IOException e) {
      return out;
    }
    for (Path file : files) {
      try {
        Flow flow = parser.parse(file);
        out.putIfAbsent(flow.name(), flow);
      } catch (FlowValidationException e) {
        // an invalid neighbour is reported when it is validated itself, not here
      }
    }
    return out;
  }

  static boolean isFlowFile(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(p)
        && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"));
  }
}
