package io.workforce.flows.expr;

import io.workforce.flows.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * A text that may contain expressions: {@code "/company?code=${item.creditCode}"}. {@code $${} writes a
 * literal {@code ${}. A template that is exactly one {@code ${…}} evaluates to the expression's value
 * (a number, a list, a record…); any other template evaluates to a string.
 *
 * @param source the text as written in the flow
 * @param parts literal text and expression parts, in order
 * @param location where the text is in the flow file
 */
public record Template(String source, List<Part> parts, SourceLocation location) {

  /** A piece of a template. */
  public sealed interface Part {}

  /** Literal text. */
  public record Literal(String text) implements Part {}

  /**
   * An expression between {@code ${} and {@code }}.
   *
   * @param code the expression text (without the braces)
   * @param offset offset of the code in {@link Template#source()}
   */
  public record Expression(String code, int offset) implements Part {}

  public Template {
    parts = List.copyOf(parts);
  }

  /**
   * Splits a text into literal and expression parts.
   *
   * @throws TemplateSyntaxException when a {@code ${} is never closed (with the offset)
   */
  public static Template parse(String source, SourceLocation location) {
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < source.length()) {
      if (source.startsWith("$${", i)) {
        literal.append("${");
        i += 3;
      } else if (source.startsWith("${", i)) {
        int end = closingBrace(source, i + 2);
        if (end < 0) {
          throw new TemplateSyntaxException("`${` at offset " + i + " is never closed by `}`", i);
        }
        if (literal.length() > 0) {
          parts.add(new Literal(literal.toString()));
          literal.setLength(0);
        }
        parts.add(new Expression(source.substring(i + 2, end), i + 2));
        i = end + 1;
      } else {
        literal.append(source.charAt(i++));
      }
    }
    if (literal.length() > 0 || parts.isEmpty()) {
      parts.add(new Literal(literal.toString()));
    }
    return new Template(source, parts, location);
  }

  /** A template of plain text, with no expression in it. */
  public static Template literal(String text, SourceLocation location) {
    return new Template(text, List.of(new Literal(text)), location);
  }

  /** True when the template holds no expression. */
  public boolean isConstant() {
    return parts.stream().noneMatch(Expression.class::isInstance);
  }

  /** True when the whole template is one {@code ${…}}: it then evaluates to a value of any type. */
  public boolean isSingleExpression() {
    return parts.size() == 1 && parts.get(0) instanceof Expression;
  }

  /** The expression parts. */
  public List<Expression> expressions() {
    return parts.stream().filter(Expression.class::isInstance).map(Expression.class::cast).toList();
  }

  @Override
  public String toString() {
    return source;
  }

  /**
   * Index of the '}' closing an expression that starts at {@code from}, skipping quoted strings.
   */
  private static int closingBrace(String s, int from) {
    int depth = 0;
    char quote = 0;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (depth == 0) {
          return i;
        }
        depth--;
      }
    }
    return -1;
  }
}
