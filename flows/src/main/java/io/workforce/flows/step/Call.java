package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import java.util.List;

/**
 * {@code call}: runs another flow (by name) for the current item; its {@code with} values are that
 * flow's {@code item}, and its outputs become a record in {@code into}.
 *
 * @param flow the other flow's name
 * @param with the called flow's inputs
 * @param into the variable receiving the called flow's outputs (null = none)
 */
public record Call(
    String path, SourceLocation location, String flow, List<Assignment> with, String into)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
