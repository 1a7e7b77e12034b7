package io.workforce.runtime.engine;

import io.workforce.flows.step.Script;
import io.workforce.runtime.BusinessException;
import io.workforce.runtime.Messages;
import io.workforce.runtime.Secrets;
import io.workforce.runtime.Selector;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@code script} step: renders the arguments, calls the function in the page (or frame), and
 * stores what it returned as a flow value (text, number, true/false, list, record, or null).
 *
 * <p>A script is code the flow's author runs inside the system's page: it could read a password the
 * login typed and return it in any encoding, which no mask can recognise. So a script does not run
 * while a field of the page (any frame or open shadow root it can reach) holds a secret or a piece
 * of one, and what a script returns is masked like every other value read from a page.
 */
final class ScriptRunner {

  /**
   * The values of every input and text area that a script in the current frame could reach: the top
   * document (or the current one when the top is another origin), its same-origin frames and open
   * shadow roots.
   */
  private static final String FIELD_VALUES =
      """
      () => {
        const values = [];
        const seen = new Set();
        const root = (r) => {
          r.querySelectorAll('input, textarea').forEach((e) => values.push(String(e.value)));
          r.querySelectorAll('*').forEach((e) => { if (e.shadowRoot) root(e.shadowRoot); });
        };
        const visit = (w) => {
          let d;
          try { d = w.document; d.documentElement; } catch (e) { return; }
          if (!d || seen.has(d)) return;
          seen.add(d);
          root(d);
          for (let i = 0; i < w.frames.length; i++) visit(w.frames[i]);
        };
        visit(window.top);
        visit(window);
        return values;
      }""";

  private ScriptRunner() {}

  static void script(Script step, ItemContext ctx) {
    refuseWhileThePageHoldsASecret(step, ctx);
    Selector element = ctx.selector(step.selector());
    List<Object> args = new ArrayList<>();
    for (Object arg : step.args()) {
      args.add(forBrowser(ctx.run.expressions.evaluateTree(arg, ctx.scope)));
    }
    Object result =
        PageRunners.timed(ctx, step.timeout(), () -> ctx.page().script(step.code(), element, args));
    if (step.into() != null) {
      ctx.scope.set(step.into(), Secrets.maskRead(value(result)));
    }
  }

  private static void refuseWhileThePageHoldsASecret(Script step, ItemContext ctx) {
    Object values =
        PageRunners.timed(
            ctx, step.timeout(), () -> ctx.page().script(FIELD_VALUES, null, List.of()));
    if (values instanceof List<?> list
        && list.stream().map(String::valueOf).anyMatch(v -> !Secrets.mask(v).equals(v))) {
      throw new BusinessException(Messages.get("run.scriptSecret"));
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
