package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;
import java.time.Duration;
import java.util.List;

/**
 * {@code upload}: sets the files of an {@code <input type=file>}.
 *
 * @param selector the file input
 * @param files paths of the files (relative paths are relative to the run's working directory)
 * @param timeout how long to wait (null = default)
 */
public record Upload(
    String path, SourceLocation location, Selector selector, List<Template> files, Duration timeout)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
