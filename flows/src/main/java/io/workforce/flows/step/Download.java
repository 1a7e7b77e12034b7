package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;
import java.time.Duration;

/**
 * {@code download}: clicks an element that starts a download and saves the file.
 *
 * @param selector the element to click
 * @param saveAs where to save (a directory ending in {@code /} keeps the suggested file name)
 * @param into variable that receives the saved file's path (null = none)
 * @param timeout how long to wait for the download (null = default)
 */
public record Download(
    String path,
    SourceLocation location,
    Selector selector,
    Template saveAs,
    String into,
    Duration timeout)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
