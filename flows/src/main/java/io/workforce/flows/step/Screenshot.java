package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;

/**
 * {@code screenshot}: saves a picture of the page or of one element into the run's folder.
 *
 * @param name file name without extension (the runtime makes it unique)
 * @param selector the element (null = the page)
 * @param fullPage the whole scrollable page rather than the visible part
 */
public record Screenshot(
    String path, SourceLocation location, Template name, Selector selector, boolean fullPage)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
