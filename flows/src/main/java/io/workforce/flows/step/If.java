package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code if}: runs {@code then} when the condition is true, else {@code else}.
 *
 * @param condition the condition; true, a non-empty text other than "false", a non-zero number
 * @param then steps run when it holds
 * @param otherwise steps run when it does not (YAML {@code else}; may be empty)
 */
public record If(
    String path, SourceLocation location, Template condition, List<Step> then, List<Step> otherwise)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public List<Step> children() {
    List<Step> all = new ArrayList<>(then);
    all.addAll(otherwise);
    return all;
  }
}
