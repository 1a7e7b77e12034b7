package io.workforce.flows;

import java.util.Optional;

/** Finds the flows that {@code call:} steps name, so that the validator can check them. */
@FunctionalInterface
public interface FlowResolver {

  /** The flow of this name, or empty when there is none. */
  Optional<Flow> find(String flowName);
}
