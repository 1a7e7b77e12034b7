package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import java.util.List;

/**
 * {@code frame}: runs steps inside an {@code <iframe>} (frames nest).
 *
 * @param selector the iframe element
 * @param steps the steps run inside it
 */
public record Frame(String path, SourceLocation location, Selector selector, List<Step> steps)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public List<Step> children() {
    return steps;
  }
}
