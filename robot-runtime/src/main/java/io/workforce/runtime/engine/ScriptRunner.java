package io.workforce.runtime.engine;

import io.workforce.flows.step.Script;
import io.workforce.runtime.Selector;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@code script} step: renders the arguments, calls the function in the page (or frame), and
 * stores what it returned as a flow value (text, number, true/false, list, record, or null).
 */
final class ScriptRunner {

  private ScriptRunner() {}

  static void script(Script step, ItemContext ctx) {
    Selector element = ctx.selector(step.selector());
    List<Object> args = new ArrayList<>();
    for (Object arg : step.args()) {
      args.add(forBrowser(ctx.run.expressions.evaluateTree(arg, ctx.scope)));
    }
    Object result =
        PageRunners.timed(ctx, step.timeout(), () -> ctx.page().script(step.code(), element, args));
    if (step.into() != null) {
      ctx.scope.set(step.into(), value(result));
    }
  }

  /** Flow values as JSON values: exact decimals become numbers, dates text. */
  static Object forBrowser(Object v) {
    if (v instanceof BigDecimal d) {
      return d.scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(1e15)) < 0
          ? (Object) d.longValue()
          : (Object) d.doubleValue();
    }
    if (v instanceof java.time.temporal.TemporalAccessor) {
      return v.toString();
    }
    if (v instanceof List<?> list) {
      return list.stream().map(ScriptRunner::forBrowser).toList();
    }
    if (v instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, x) -> out.put(String.valueOf(k), forBrowser(x)));
      return out;
    }
    return v;
  }

  /** Browser numbers come back as Long, Integer or Double; flows compute with exact decimals. */
  static Object value(Object raw) {
    if (raw instanceof Double || raw instanceof Float) {
      double d = ((Number) raw).doubleValue();
      return d == Math.rint(d) && Math.abs(d) < 1e15
          ? (Object) (long) d
          : new BigDecimal(raw.toString());
    }
    if (raw instanceof Integer i) {
      return i.longValue();
    }
    if (raw instanceof List<?> list) {
      return list.stream().map(ScriptRunner::value).toList();
    }
    if (raw instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), value(v)));
      return out;
    }
    return raw;
  }
}
