package io.workforce.flows.parse;

import io.workforce.flows.expr.Template;
import io.workforce.flows.expr.TemplateSyntaxException;
import io.workforce.flows.parse.Node.Scalar;
import io.workforce.flows.parse.Shape.TextKind;
import io.workforce.flows.selector.SelectorSyntaxException;
import io.workforce.flows.selector.TemplateSelectors;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks scalar texts of each {@link TextKind}, and converts durations. */
final class TextChecker {

  /** Variable names; the same text is the JSON Schema's pattern. */
  static final String NAME_PATTERN = "^[A-Za-z_][A-Za-z0-9_]*$";

  /** Flow, system, queue and credential names (ASCII letters, digits, CJK, {@code _ . -}). */
  static final String ID_PATTERN = "^[A-Za-z0-9_\\u3400-\\u9fff][A-Za-z0-9_.\\u3400-\\u9fff-]*$";

  /** Durations as text; numbers are seconds. */
  static final String DURATION_PATTERN = "^(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)$";

  static final Pattern NAME = Pattern.compile(NAME_PATTERN);
  static final Pattern ID = Pattern.compile(ID_PATTERN);
  private static final Pattern DURATION = Pattern.compile(DURATION_PATTERN);

  private final Problems problems;
  private final Messages m;

  TextChecker(Problems problems) {
    this.problems = problems;
    this.m = problems.messages();
  }

  boolean check(Scalar s, TextKind kind, String field) {
    Object v = s.value();
    boolean isText = v instanceof String;
    switch (kind) {
      case TEXT:
      case TEMPLATE:
        return v != null || fail(s, kind, field);
      case NAME:
        return isText && NAME.matcher(s.text()).matches()
            || problem(s, m.badName(field, s.text()), m.hintName());
      case ID:
        return isText && ID.matcher(s.text()).matches()
            || problem(s, m.badName(field, s.text()), m.hintId());
      case DURATION:
        return duration(s) != null || problem(s, m.badDuration(field, s.text()), m.hintDuration());
      case REGEX:
        return isText ? regex(s, field) : fail(s, kind, field);
      case DATE_FORMAT:
        return isText && dateFormat(s, field) || !isText && fail(s, kind, field);
      case SELECTOR:
        return isText && selector(s) || !isText && fail(s, kind, field);
      default:
        throw new IllegalStateException("unknown text kind " + kind);
    }
  }

  /**
   * A duration from {@code 10s}, {@code 500ms}, {@code 2m}, {@code 1h} or a number of seconds; null
   * if none.
   */
  static Duration duration(Scalar s) {
    if (s.value() instanceof Number n) {
      double seconds = n.doubleValue();
      return seconds >= 0 && seconds <= 86_400
          ? Duration.ofMillis(Math.round(seconds * 1000))
          : null;
    }
    if (!(s.value() instanceof String text)) {
      return null;
    }
    Matcher matcher = DURATION.matcher(text.strip());
    if (!matcher.matches()) {
      return null;
    }
    BigDecimal amount = new BigDecimal(matcher.group(1));
    long unitMillis =
        switch (matcher.group(2)) {
          case "ms" -> 1;
          case "s" -> 1000;
          case "m" -> 60_000;
          default -> 3_600_000;
        };
    BigDecimal millis = amount.multiply(BigDecimal.valueOf(unitMillis));
    return millis.compareTo(BigDecimal.valueOf(86_400_000L)) > 0
        ? null
        : Duration.ofMillis(millis.longValue());
  }

  private boolean regex(Scalar s, String field) {
    try {
      Pattern.compile(s.text());
      return true;
    } catch (PatternSyntaxException e) {
      return problem(s, m.badRegex(field, e.getDescription()), m.hintRegex());
    }
  }

  private boolean dateFormat(Scalar s, String field) {
    try {
      DateTimeFormatter.ofPattern(s.text());
      return !s.text().isBlank()
          || problem(s, m.badDateFormat(field, s.text()), m.hintDateFormat());
    } catch (IllegalArgumentException e) {
      return problem(s, m.badDateFormat(field, s.text()), m.hintDateFormat());
    }
  }

  private boolean selector(Scalar s) {
    String text = s.text();
    Template template;
    try {
      template = Template.parse(text, s.location());
    } catch (TemplateSyntaxException e) {
      return true; // the expression checker reports the unclosed ${
    }
    try {
      TemplateSelectors.check(template);
      return true;
    } catch (SelectorSyntaxException e) {
      String reason = e.reason(m.chinese());
      if (e.offset() >= 0) {
        reason = reason + m.selectorAt(e.offset() + 1);
      }
      return problem(s, m.badSelector(text, reason), e.hint(m.chinese()));
    }
  }

  private boolean fail(Scalar s, TextKind kind, String field) {
    problems.add(s.location(), m.wrongType(field, describe(kind), s.kindName(m)), "");
    return false;
  }

  private boolean problem(Scalar s, String message, String hint) {
    problems.add(s.location(), message, hint);
    return false;
  }

  String describe(TextKind kind) {
    switch (kind) {
      case SELECTOR:
        return m.exSelector();
      case NAME:
        return m.exName();
      case ID:
        return m.exId();
      case DURATION:
        return m.exDuration();
      case REGEX:
        return m.exRegex();
      case DATE_FORMAT:
        return m.exDateFormat();
      default:
        return m.exText();
    }
  }
}
