package io.workforce.flows;

import io.workforce.flows.parse.DirectoryResolver;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the flows that {@code call:} steps name, so that the validator can check them. */
@FunctionalInterface
public interface FlowResolver {

  /** The flow of this name, or empty when there is none. */
  Optional<Flow> find(String flowName);

  /**
   * Finds flows among the {@code .yaml}, {@code .yml} and {@code .json} files of a directory (by
   * their {@code flow:} name). Files that do not validate are skipped; results are cached.
   */
  static FlowResolver directory(Path dir) {
    return new DirectoryResolver(dir, FlowParser.create());
  }
}
