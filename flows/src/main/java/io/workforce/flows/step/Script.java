package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import java.time.Duration;
import java.util.List;

/**
 * {@code script}: runs a JavaScript function in the page (or the frame entered), for what no other
 * step can do — a hidden field, a widget's own API. It never sees a credential: the flow checker
 * refuses {@code ${credential…}} in its code and its arguments.
 *
 * @param code a JavaScript function, e.g. {@code (el, v) => el.value = v}; taken literally (not a
 *     template), so JavaScript's own {@code `${x}`} works; values come in through {@code args}
 * @param selector an element passed as the first argument (null = none)
 * @param args the next arguments: texts (which may contain {@code ${…}}), numbers, booleans, lists,
 *     records
 * @param into the variable that receives what the function returns (null = none)
 * @param timeout how long to wait for the element (null = default)
 */
public record Script(
    String path,
    SourceLocation location,
    String code,
    Selector selector,
    List<Object> args,
    String into,
    Duration timeout)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
