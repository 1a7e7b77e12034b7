package io.workforce.flows.parse;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Analysis;
import io.workforce.flows.expr.ExpressionException;
import io.workforce.flows.expr.Expressions;
import io.workforce.flows.expr.Functions;
import io.workforce.flows.expr.Template;
import io.workforce.flows.expr.TemplateSyntaxException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the {@code ${…}} parts of a text: syntax (by compiling them with the same sandboxed engine
 * the runtime uses), functions, and every variable against what is defined at that point of the
 * flow.
 *
 * <p>Credentials: {@code credential} may appear only as the whole value that a {@code fill} of a
 * login recipe types into a field ({@code "#password": "${credential.password}"}). Every other text
 * of every step is checked here with {@code typed} false, so any use elsewhere — in a function, a
 * concatenation, a condition, a URL, a log line, an output, and in the arguments of any step type
 * added later — is a problem without that step having to know about credentials.
 */
final class ExpressionChecker {

  /** Environment variables of this prefix are the robot's own settings, never a flow's. */
  static final String ROBOT_ENV_PREFIX = "WORKFORCE_";

  /** Variables the runtime provides. */
  static final Set<String> BUILT_IN = Set.of("item", "env", "credential", "error", "run");

  /** Fields of {@code item} the runtime adds to every item. */
  static final Set<String> ITEM_BUILT_IN = Set.of("index", "last");

  /** Fields of {@code run}. */
  static final List<String> RUN_FIELDS = List.of("id", "dir", "items");

  private static final Expressions ENGINE = Expressions.create();

  /** The one form a credential may take: a field of it, alone, e.g. {@code credential.password}. */
  private static final Pattern WHOLE_CREDENTIAL =
      Pattern.compile("\\s*credential\\s*\\.\\s*[A-Za-z_][A-Za-z0-9_]*\\s*");

  private final Problems problems;
  private final Messages m;

  /** Whether the template being checked already has its credential problem (one is enough). */
  private boolean credentialReported;

  ExpressionChecker(Problems problems) {
    this.problems = problems;
    this.m = problems.messages();
  }

  /** The template of a text, or null when it is malformed (a problem then says why). */
  Template template(String text, SourceLocation at, Binder b) {
    return template(text, at, b, false);
  }

  /**
   * The template of a text, or null when it is malformed (a problem then says why).
   *
   * @param typed whether the text is a value that {@code fill} types into a field, the one place a
   *     login recipe may use a credential (and then only as the whole value)
   */
  Template template(String text, SourceLocation at, Binder b, boolean typed) {
    Template template;
    try {
      template = Template.parse(text, at);
    } catch (TemplateSyntaxException e) {
      problems.add(at, m.unclosedExpression(text), m.hintUnclosed());
      return null;
    }
    boolean ok = true;
    credentialReported = false;
    boolean whole = typed && template.isSingleExpression();
    for (Template.Expression e : template.expressions()) {
      ok &= expression(e.code(), at, b, whole);
    }
    return ok ? template : null;
  }

  private boolean expression(String code, SourceLocation at, Binder b, boolean wholeTyped) {
    Analysis analysis;
    try {
      analysis = ENGINE.analyze(code);
    } catch (ExpressionException e) {
      String reason = e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
      if (reason.contains("assign")) {
        problems.add(at, m.badExpression(code, m.noAssignment()), m.hintNoAssignment());
      } else {
        problems.add(at, m.badExpression(code, reason), m.hintExpression());
      }
      return false;
    }
    boolean ok = true;
    for (String f : analysis.functions()) {
      if (!Functions.NAMES.contains(f)) {
        String guess = Suggest.closest(f, Functions.NAMES);
        problems.add(
            at, m.unknownFunction(f), guess != null ? m.didYouMean(guess) : m.hintFunctions());
        ok = false;
      }
    }
    for (String member : analysis.forbidden()) {
      problems.add(at, m.forbiddenMember(member), m.hintForbidden());
      ok = false;
    }
    boolean credentialAlone = wholeTyped && WHOLE_CREDENTIAL.matcher(code).matches();
    for (List<String> path : analysis.variables()) {
      ok &=
          path.get(0).equals("credential")
              ? credential(at, b, credentialAlone)
              : variable(path, at, b);
    }
    return ok;
  }

  private boolean credential(SourceLocation at, Binder b, boolean alone) {
    if (b.inLogin() && alone) {
      return true;
    }
    if (credentialReported) {
      return false;
    }
    credentialReported = true;
    return b.inLogin()
        ? fail(at, m.credentialNotTyped(), m.hintCredentialTyped())
        : fail(at, m.credentialOutsideLogin(), m.hintCredential());
  }

  private boolean variable(List<String> path, SourceLocation at, Binder b) {
    String name = path.get(0);
    switch (name) {
      case "env":
        return environment(path, at, b);
      case "item":
        if (b.runLevel() != null) {
          return fail(at, m.itemOutsideSteps(b.runLevel()), m.hintItemOutsideSteps());
        }
        return path.size() < 2 || itemField(path.get(1), at, b);
      case "run":
        return path.size() < 2 || runField(path.get(1), at);
      case "error":
        return b.scope().has("error") || fail(at, m.errorOutsideCatch(), m.hintErrorOutsideCatch());
      default:
        if (b.scope().has(name)) {
          return true;
        }
        String guess = Suggest.closest(name, b.scope().visible());
        return fail(
            at,
            m.undefinedVariable(name),
            guess != null ? m.didYouMean(guess) : m.hintDefineVariable());
    }
  }

  /**
   * A flow sees only the environment variables it names literally ({@code env.NAME}), never the
   * robot's own {@code WORKFORCE_*} settings; the names become {@link
   * io.workforce.flows.Flow#environment()}.
   */
  private boolean environment(List<String> path, SourceLocation at, Binder b) {
    if (path.size() < 2) {
      return fail(at, m.envNotByName(), m.hintEnvByName());
    }
    String name = path.get(1);
    if (name.startsWith(ROBOT_ENV_PREFIX)) {
      return fail(at, m.envOfTheRobot(name), m.hintEnvOfTheRobot());
    }
    b.environment().add(name);
    return true;
  }

  private boolean runField(String field, SourceLocation at) {
    if (RUN_FIELDS.contains(field)) {
      return true;
    }
    String guess = Suggest.closest(field, RUN_FIELDS);
    return fail(
        at,
        m.unknownRunField(field),
        guess != null ? m.didYouMean(guess) : m.hintRunFields(RUN_FIELDS));
  }

  private boolean itemField(String field, SourceLocation at, Binder b) {
    List<String> fields = b.itemFields();
    if (fields == null || fields.contains(field) || ITEM_BUILT_IN.contains(field)) {
      return true;
    }
    String guess = Suggest.closest(field, fields);
    return fail(
        at,
        m.unknownItemField(field),
        guess != null ? m.didYouMean(guess) : m.hintItemFields(fields));
  }

  private boolean fail(SourceLocation at, String message, String hint) {
    problems.add(at, message, hint);
    return false;
  }
}
