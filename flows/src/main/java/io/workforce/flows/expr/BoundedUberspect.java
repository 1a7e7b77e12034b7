package io.workforce.flows.expr;

import java.util.Iterator;
import java.util.List;
import org.apache.commons.jexl3.JexlArithmetic;
import org.apache.commons.jexl3.JexlOperator;
import org.apache.commons.jexl3.internal.introspection.Uberspect;
import org.apache.commons.jexl3.introspection.JexlMethod;
import org.apache.commons.jexl3.introspection.JexlPropertyGet;
import org.apache.commons.jexl3.introspection.JexlPropertySet;
import org.apache.commons.jexl3.introspection.JexlUberspect;
import org.apache.commons.logging.impl.NoOpLog;

/**
 * JEXL's introspection under the {@link Sandbox}, with every function and method call timed and its
 * result checked against the {@link Limits}.
 */
final class BoundedUberspect implements JexlUberspect {

  private final JexlUberspect inner =
      new Uberspect(new NoOpLog(), JexlUberspect.JEXL_STRATEGY, Sandbox.INSTANCE);

  @Override
  public JexlMethod getMethod(Object obj, String method, Object... args) {
    JexlMethod found = inner.getMethod(obj, method, args);
    return found == null ? null : new Bounded(found);
  }

  @Override
  public List<PropertyResolver> getResolvers(JexlOperator op, Object obj) {
    return inner.getResolvers(op, obj);
  }

  @Override
  public void setClassLoader(ClassLoader loader) {
    inner.setClassLoader(loader);
  }

  @Override
  public ClassLoader getClassLoader() {
    return inner.getClassLoader();
  }

  @Override
  public int getVersion() {
    return inner.getVersion();
  }

  @Override
  public JexlMethod getConstructor(Object ctorHandle, Object... args) {
    return null; // the sandbox allows no constructor
  }

  @Override
  public JexlPropertyGet getPropertyGet(Object obj, Object identifier) {
    return inner.getPropertyGet(obj, identifier);
  }

  @Override
  public JexlPropertyGet getPropertyGet(
      List<PropertyResolver> resolvers, Object obj, Object identifier) {
    return inner.getPropertyGet(resolvers, obj, identifier);
  }

  @Override
  public JexlPropertySet getPropertySet(Object obj, Object identifier, Object arg) {
    return null; // expressions assign nothing
  }

  @Override
  public JexlPropertySet getPropertySet(
      List<PropertyResolver> resolvers, Object obj, Object identifier, Object arg) {
    return null;
  }

  @Override
  public Iterator<?> getIterator(Object obj) {
    return inner.getIterator(obj);
  }

  @Override
  public JexlArithmetic.Uberspect getArithmetic(JexlArithmetic arithmetic) {
    return inner.getArithmetic(arithmetic);
  }

  /** A call that checks the time before it runs and the size of what it made. */
  private record Bounded(JexlMethod method) implements JexlMethod {
    @Override
    public Object invoke(Object obj, Object... params) throws Exception {
      Limits.checkTime();
      return Limits.checked(method.invoke(obj, params));
    }

    @Override
    public Object tryInvoke(String name, Object obj, Object... params) {
      Limits.checkTime();
      Object result = method.tryInvoke(name, obj, params);
      return method.tryFailed(result) ? result : Limits.checked(result);
    }

    @Override
    public boolean tryFailed(Object rval) {
      return method.tryFailed(rval);
    }

    @Override
    public boolean isCacheable() {
      return method.isCacheable();
    }

    @Override
    public Class<?> getReturnType() {
      return method.getReturnType();
    }
  }
}
