package io.workforce.flows.expr;

import java.math.MathContext;
import org.apache.commons.jexl3.JexlArithmetic;

/**
 * JEXL arithmetic for flows: {@code [a, b]} builds a {@code List} (flows pass lists, never Java
 * arrays, which the sandbox refuses), strict null handling so that a missing value is an error, not
 * a silent 0, and every operator's result within the {@link Limits} (a regular expression of {@code
 * =~} within the expression's time).
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

  @Override
  public Object add(Object left, Object right) {
    Limits.checkTime();
    return Limits.checked(super.add(left, right));
  }

  @Override
  public Object subtract(Object left, Object right) {
    Limits.checkTime();
    return Limits.checked(super.subtract(left, right));
  }

  @Override
  public Object multiply(Object left, Object right) {
    Limits.checkTime();
    return Limits.checked(super.multiply(left, right));
  }

  @Override
  public Object divide(Object left, Object right) {
    Limits.checkTime();
    return Limits.checked(super.divide(left, right));
  }

  @Override
  public Object mod(Object left, Object right) {
    Limits.checkTime();
    return Limits.checked(super.mod(left, right));
  }

  @Override
  public Object negate(Object value) {
    Limits.checkTime();
    return Limits.checked(super.negate(value));
  }

  /** {@code a..b}: lists it makes count against the limit although they are built lazily. */
  @Override
  public Iterable<?> createRange(Object from, Object to) {
    Limits.items(Math.abs(toLong(to) - toLong(from)) + 1);
    return super.createRange(from, to);
  }

  /** {@code text =~ 'regex'}: matched within the expression's time. */
  @Override
  public Boolean contains(Object container, Object value) {
    Limits.checkTime();
    if (container instanceof CharSequence regex && value != null) {
      return TimedText.matches(regex.toString(), value.toString());
    }
    return super.contains(container, value);
  }
}
