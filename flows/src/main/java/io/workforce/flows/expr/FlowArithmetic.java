package io.workforce.flows.expr;

import java.math.MathContext;
import org.apache.commons.jexl3.JexlArithmetic;

/**
 * JEXL arithmetic for flows: {@code [a, b]} builds a {@code List} (flows pass lists, never Java
 * arrays, which the sandbox refuses), and strict null handling so that a missing value is an error,
 * not a silent 0.
 */
final class FlowArithmetic extends JexlArithmetic {

  FlowArithmetic() {
    super(true);
  }

  private FlowArithmetic(boolean strict, MathContext context, int scale) {
    super(strict, context, scale);
  }

  @Override
  public ArrayBuilder arrayBuilder(int size, boolean extended) {
    return super.arrayBuilder(size, true);
  }

  @Override
  protected JexlArithmetic createWithOptions(boolean strict, MathContext context, int scale) {
    return new FlowArithmetic(strict, context, scale);
  }
}
