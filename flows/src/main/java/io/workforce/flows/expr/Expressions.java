package io.workforce.flows.expr;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.logging.impl.NoOpLog;

/**
 * Evaluates the {@code ${…}} expressions of flows with Apache Commons JEXL, sandboxed: expressions
 * are single expressions (no statements, loops, assignments, lambdas, {@code new}, pragmas), may
 * call only the {@link Functions} library and the methods of plain values (text, numbers, dates,
 * lists, records), and can reach nothing else: no reflection, files, processes or classes.
 *
 * <pre>{@code
 * Expressions ex = Expressions.create();
 * String url = ex.render(template, Scope.of(Map.of("item", Map.of("code", "91310000"))));
 * }</pre>
 *
 * Thread-safe; create one per process (it caches compiled expressions).
 */
public final class Expressions {

  /** JEXL words that look like calls but are operators. */
  private static final Set<String> OPERATORS =
      Set.of(
          "size",
          "empty",
          "not",
          "and",
          "or",
          "eq",
          "ne",
          "lt",
          "gt",
          "le",
          "ge",
          "div",
          "mod",
          "new",
          "function",
          "return",
          "if",
          "while",
          "for",
          "var",
          "let",
          "const");

  private static final Pattern CALL =
      Pattern.compile("(?<![\\w.$@#])([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");
  private static final Pattern MEMBER =
      Pattern.compile("\\.\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(\\()?");
  private static final Pattern STRING =
      Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`");
  private static final JexlFeatures FEATURES =
      new JexlFeatures()
          .script(false)
          .loops(false)
          .lambda(false)
          .thinArrow(false)
          .fatArrow(false)
          .newInstance(false)
          .sideEffect(false)
          .sideEffectGlobal(false)
          .localVar(false)
          .pragma(false)
          .pragmaAnywhere(false)
          .annotation(false)
          .importPragma(false)
          .namespacePragma(false)
          .namespaceIdentifier(false)
          .register(false)
          .structuredLiteral(true)
          .methodCall(true);

  /** Analyses of expressions seen before: flows repeat the same few expressions many times. */
  private static final int MAX_ANALYSES = 8192;

  private final JexlEngine engine;
  private final Map<String, Analysis> analyses = new java.util.concurrent.ConcurrentHashMap<>();

  private Expressions(Clock clock) {
    Map<String, Object> namespaces = new HashMap<>();
    namespaces.put(
        null, new Functions(clock)); // the null namespace: functions are called without a prefix
    engine =
        new JexlBuilder()
            .features(FEATURES)
            .permissions(Sandbox.INSTANCE)
            .uberspect(new BoundedUberspect())
            .namespaces(namespaces)
            .arithmetic(new FlowArithmetic())
            .logger(new NoOpLog())
            .strict(true)
            .safe(false)
            .silent(false)
            .cache(4096)
            .create();
  }

  /** An evaluator whose {@code today()} and {@code now()} read the system clock. */
  public static Expressions create() {
    return create(Clock.systemDefaultZone());
  }

  /** An evaluator whose {@code today()} and {@code now()} read this clock. */
  public static Expressions create(Clock clock) {
    return new Expressions(clock);
  }

  /**
   * The template's value: the expression's own value when the template is one {@code ${…}}, else
   * the text with every expression's value written in.
   *
   * @throws ExpressionException naming the failing expression
   */
  public Object evaluate(Template template, Scope scope) {
    if (template.isSingleExpression()) {
      return evaluate(template.expressions().get(0).code(), scope);
    }
    return render(template, scope);
  }

  /** The template as text (null values write nothing; numbers are written without exponent). */
  public String render(Template template, Scope scope) {
    StringBuilder out = new StringBuilder();
    for (Template.Part part : template.parts()) {
      if (part instanceof Template.Literal l) {
        out.append(l.text());
      } else if (part instanceof Template.Expression e) {
        out.append(text(evaluate(e.code(), scope)));
      }
    }
    return out.toString();
  }

  /** The template's value read as a condition (see {@link #truthy(Object)}). */
  public boolean test(Template template, Scope scope) {
    return truthy(evaluate(template, scope));
  }

  /** Evaluates one expression (the text between {@code ${} and {@code }}). */
  public Object evaluate(String code, Scope scope) {
    JexlScript script = compile(code);
    boolean clock = Limits.start();
    try {
      return script.execute(new ScopeContext(scope));
    } catch (JexlException e) {
      throw new ExpressionException(code, hideSecrets(code, reason(e)));
    } catch (StackOverflowError e) {
      throw new ExpressionException(code, "nested too deeply");
    } catch (RuntimeException e) {
      throw new ExpressionException(code, hideSecrets(code, String.valueOf(e.getMessage())));
    } finally {
      if (clock) {
        Limits.end();
      }
    }
  }

  /**
   * A JSON-like tree (maps, lists, scalars) with every {@link Template} in it evaluated, e.g. an
   * HTTP body.
   */
  public Object evaluateTree(Object tree, Scope scope) {
    if (tree instanceof Template t) {
      return evaluate(t, scope);
    }
    if (tree instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), evaluateTree(v, scope)));
      return out;
    }
    if (tree instanceof Collection<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(evaluateTree(v, scope)));
      return out;
    }
    return tree;
  }

  /**
   * Compiles an expression without running it and says what it refers to.
   *
   * @throws ExpressionException when it is not a valid expression or uses a forbidden construct
   */
  public Analysis analyze(String code) {
    Analysis known = analyses.get(code);
    if (known != null) {
      return known;
    }
    Analysis analysis = analyzeUncached(code);
    if (analyses.size() < MAX_ANALYSES) {
      analyses.put(code, analysis);
    }
    return analysis;
  }

  private Analysis analyzeUncached(String code) {
    JexlScript script = compile(code);
    String withoutStrings = STRING.matcher(code).replaceAll("''");
    Set<String> functions = new LinkedHashSet<>();
    Matcher m = CALL.matcher(withoutStrings);
    while (m.find()) {
      if (!OPERATORS.contains(m.group(1))) {
        functions.add(m.group(1));
      }
    }
    Set<String> forbidden = new LinkedHashSet<>();
    Matcher member = MEMBER.matcher(withoutStrings);
    while (member.find()) {
      String name = member.group(1);
      if (member.group(2) != null ? Sandbox.deniedMethod(name) : name.equals("class")) {
        forbidden.add(name);
      }
    }
    // Kept in the order found, so that problems come out in the same order on every run.
    return new Analysis(
        Collections.unmodifiableSet(new LinkedHashSet<>(script.getVariables())),
        Collections.unmodifiableSet(functions),
        Collections.unmodifiableSet(forbidden));
  }

  /** How a value reads as a condition: false, null, "", "false", 0 and empty lists are false. */
  public static boolean truthy(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof CharSequence s) {
      return !s.isEmpty() && !"false".contentEquals(s);
    }
    if (value instanceof BigDecimal d) {
      return d.signum() != 0;
    }
    if (value instanceof Number n) {
      return n.doubleValue() != 0;
    }
    if (value instanceof Collection<?> c) {
      return !c.isEmpty();
    }
    if (value instanceof Map<?, ?> map) {
      return !map.isEmpty();
    }
    return true;
  }

  /** How a value is written into text. */
  public static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return plain(d);
    }
    return value.toString();
  }

  /**
   * A number without exponent, unless writing it out would take more than {@link Limits#DIGITS}
   * zeros (a value read from a page or file may be 1E+999999999): then with one.
   */
  static String plain(BigDecimal d) {
    return Math.abs((long) d.scale()) > Limits.DIGITS ? d.toString() : d.toPlainString();
  }

  private JexlScript compile(String code) {
    if (code.isBlank()) {
      throw new ExpressionException(code, "empty expression");
    }
    try {
      return engine.createScript(FEATURES, new JexlInfo("${}", 1, 1), code);
    } catch (JexlException e) {
      throw new ExpressionException(code, reason(e));
    }
  }

  /**
   * A reason may quote a value ("not a number: …"); when the expression reads a credential, it must
   * not.
   */
  private static String hideSecrets(String code, String reason) {
    return code.contains("credential")
        ? "failed (the reason is hidden because the expression reads a credential)"
        : reason;
  }

  /**
   * JEXL's reason without its position prefix (positions are the flow file's, added by the caller).
   */
  private static String reason(JexlException e) {
    if (e instanceof JexlException.Variable v) {
      return "undefined variable `" + v.getVariable() + "`";
    }
    if (e instanceof JexlException.Method m) {
      return "no function or method `"
          + m.getMethod()
          + "` for these arguments (or it is not allowed)";
    }
    if (e instanceof JexlException.Property p) {
      return "no property `" + p.getProperty() + "` (or it is not allowed)";
    }
    Throwable cause = e.getCause();
    if (cause != null && !(cause instanceof JexlException) && cause.getMessage() != null) {
      return cause.getMessage();
    }
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return msg.replaceFirst("^\\$\\{\\}", "")
        .replaceFirst("^@\\d+:\\d+(?::\\d+:\\d+)?\\s*", "")
        .replaceFirst("^JEXL error : ", "")
        .strip();
  }

  /** Lets JEXL read a {@link Scope}; expressions cannot assign, so {@code set} is never used. */
  private record ScopeContext(Scope scope) implements JexlContext {
    @Override
    public Object get(String name) {
      return scope.get(name);
    }

    @Override
    public void set(String name, Object value) {
      throw new UnsupportedOperationException("expressions cannot assign variables");
    }

    @Override
    public boolean has(String name) {
      return scope.has(name);
    }
  }
}
