package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;
import java.time.Duration;
import java.util.List;

/**
 * {@code fill}: clears input fields and types values into them, in file order.
 *
 * @param fields the fields and their values
 * @param force set the value by script even when the field is read-only or hidden (date pickers),
 *     firing the {@code input} and {@code change} events a person's typing would
 * @param timeout how long to wait for each field (null = default)
 */
public record Fill(
    String path, SourceLocation location, List<Field> fields, boolean force, Duration timeout)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * One field to fill.
   *
   * @param selector the input
   * @param value what to type
   * @param location where it is written
   */
  public record Field(Selector selector, Template value, SourceLocation location) {}
}
