package io.workforce.flows.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.workforce.flows.SourceLocation;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expressions that would take a robot's CPU or memory (issue 22 item 6) end fast with an error that
 * names the expression, however they try.
 */
class ExpressionLimitsTest {

  /** Generous: the limit is {@link Limits#TIME} (2 s); the machine is shared and slow. */
  private static final Duration FAST = Duration.ofSeconds(15);

  private final Expressions ex = Expressions.create();
  private final Scope scope = Scope.of(Map.of("item", Map.of("text", "a".repeat(1000))));

  private Throwable failure(String template) {
    return assertTimeoutPreemptively(
        FAST,
        () ->
            catchThrowable(
                () -> ex.evaluate(Template.parse(template, new SourceLocation("t", 1, 1)), scope)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${len(str(number('10').pow(9999999)))}",
        "${str(number('1e999999999'))}",
        "${len(str(number('1e999999999')))}",
        "${str(number('1e999999') * number('1e999999'))}",
        "${round(1, 999999999)}",
        "${format_number(number('1e99999999'), '#')}",
        "${number('7').scaleByPowerOfTen(999999999).toPlainString()}",
        "${number('7').setScale(999999999)}",
        "${len(str(1..999999999))}",
        "${len(replace(replace(replace(item.text, 'a', item.text), 'a', item.text), 'a', item.text))}",
        "${len(join(split(replace(item.text, 'a', 'a,'), ','), item.text + item.text))}",
        "${'%0999999999d'.formatted(1)}",
        "${'a'.indent(999999999)}",
        "${matches(item.text + '!', '(a+a+)+b')}",
        "${(item.text + '!') =~ '(a+a+)+b'}",
        "${(item.text + '!').matches('(a+a+)+b')}"
      })
  void endsFastWithAnErrorNamingTheExpression(String template) {
    Throwable e = failure(template);
    assertThat(e).as(template).isInstanceOf(ExpressionException.class);
    assertThat(e.getMessage())
        .as(template)
        .startsWith(template.substring(0, template.length() - 1) + "}");
  }

  @Test
  void saysWhichLimitWasReached() {
    assertThat(failure("${len(str(number('10').pow(9999999)))}").getMessage()).contains("pow");
    assertThat(failure("${str(number('1e999999999'))}").getMessage()).contains("1000");
    assertThat(failure("${matches(item.text + '!', '(a+a+)+b')}").getMessage()).contains("2 s");
  }

  @Test
  void ordinaryValuesStayWellInside() {
    assertThat(
            ex.evaluate(
                Template.parse("${str(number('12345678901234567890.25') * 3)}", null), scope))
        .isEqualTo("37037036703703703670.75");
    assertThat(ex.evaluate(Template.parse("${len(replace(item.text, 'a', 'bb'))}", null), scope))
        .isEqualTo(2000);
    assertThat(ex.evaluate(Template.parse("${len(1..1000)}", null), scope)).isEqualTo(1000);
  }
}
