package io.workforce.orchestrator.flow;

/**
 * Parses and validates a flow's source with the flow language ({@code flows/}) and describes it.
 * Throws {@link FlowRejectedException} listing every problem.
 */
public interface FlowCompiler {

  /** The descriptor of a valid flow. */
  FlowDescriptor compile(String sourceName, String source);
}
