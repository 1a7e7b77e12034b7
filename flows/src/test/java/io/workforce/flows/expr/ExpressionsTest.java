package io.workforce.flows.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.flows.SourceLocation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionsTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-03-14T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private final Expressions ex = Expressions.create(CLOCK);
  private final Scope scope =
      Scope.of(
          Map.of(
              "item",
                  Map.of("name", "上海某某科技有限公司 ", "code", "91310000MA1K4XXX0X", "amount", "１,２３４.５０"),
              "env", Map.of("REGISTRY_URL", "http://127.0.0.1:18081"),
              "rows", List.of(Map.of("id", 1), Map.of("id", 2))));

  private Object eval(String template) {
    return ex.evaluate(Template.parse(template, new SourceLocation("t", 1, 1)), scope);
  }

  @Test
  void rendersTextWithSeveralExpressions() {
    assertThat(eval("${env.REGISTRY_URL}/company?code=${item.code}"))
        .isEqualTo("http://127.0.0.1:18081/company?code=91310000MA1K4XXX0X");
  }

  @Test
  void aSingleExpressionKeepsItsType() {
    assertThat(eval("${len(rows)}")).isEqualTo(2);
    assertThat(eval("${rows[1].id}")).isEqualTo(2);
    assertThat(eval("${[1, 2]}")).isInstanceOf(List.class);
  }

  @Test
  void functionsNormaliseNumbersDatesAndText() {
    assertThat(eval("${number(item.amount)}")).isEqualTo(new BigDecimal("1234.50"));
    assertThat(eval("${trim(item.name)}")).isEqualTo("上海某某科技有限公司");
    assertThat(eval("${half_width('ＡＢＣ１２３')}")).isEqualTo("ABC123");
    assertThat(eval("${today()}")).isEqualTo(LocalDate.of(2025, 3, 14));
    assertThat(eval("${format_date(date('2025年3月1日', 'yyyy年M月d日'), 'yyyy-MM-dd')}"))
        .isEqualTo("2025-03-01");
    assertThat(eval("${days_between('2025-03-01', today())}")).isEqualTo(13L);
    assertThat(eval("${upper('abc') + pad_left(7, 3, '0')}")).isEqualTo("ABC007");
    assertThat(eval("${number('50万')}")).isEqualTo(new BigDecimal("500000"));
    assertThat(eval("${len(append(rows, 3))}")).isEqualTo(3);
  }

  @Test
  void methodsOfPlainValuesAreAllowed() {
    assertThat(eval("${item.code.substring(0, 2)}")).isEqualTo("91");
    assertThat(eval("${item.code.startsWith('91')}")).isEqualTo(true);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${''.getClass()}",
        "${''.class}",
        "${''.getClass().forName('java.lang.Runtime')}",
        "${item.getClass().getClassLoader()}",
        "${rows.getClass()}",
        "${new('java.io.File', '/etc/passwd')}",
        "${new java.io.File('/etc/passwd')}",
        "${java.lang.Runtime.getRuntime().exec('id')}",
        "${Runtime.getRuntime()}",
        "${x = 1}",
        "${while (true) {}}",
        "${function() { 1 }}",
        "${(x) -> x}",
        "${#pragma jexl.namespace.rt java.lang.Runtime\nrt:getRuntime()}",
        "${'a'.repeat(1000000000)}",
        "${math:abs(1)}",
      })
  void refusesEscapesFromTheSandbox(String template) {
    assertThatThrownBy(() -> eval(template)).isInstanceOf(ExpressionException.class);
  }

  @Test
  void analysisListsVariablesAndFunctions() {
    Analysis a = ex.analyze("trim(item.name) == company.name && len(rows) > 0 && x.trim() != ''");
    assertThat(a.variables())
        .contains(List.of("item", "name"), List.of("company", "name"), List.of("rows"));
    assertThat(a.functions()).containsExactlyInAnyOrder("trim", "len");
  }

  @Test
  void undefinedVariablesAreErrorsNotNulls() {
    assertThatThrownBy(() -> eval("${nothing}"))
        .isInstanceOf(ExpressionException.class)
        .hasMessage("${nothing}: undefined variable `nothing`");
  }

  @Test
  void errorsOfExpressionsThatReadACredentialNeverQuoteIt() {
    Scope login =
        Scope.of(Map.of("credential", Map.of("username", "clerk", "password", "s3cr3t-pw")));
    assertThatThrownBy(() -> ex.evaluate("number(credential.password)", login))
        .isInstanceOf(ExpressionException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cr3t-pw").contains("hidden"));
    assertThatThrownBy(() -> ex.evaluate("number(item.name)", scope))
        .hasMessageContaining("not a number");
  }

  @Test
  void truthinessFollowsWhatPeopleMean() {
    assertThat(Expressions.truthy("false")).isFalse();
    assertThat(Expressions.truthy("")).isFalse();
    assertThat(Expressions.truthy(0)).isFalse();
    assertThat(Expressions.truthy(List.of())).isFalse();
    assertThat(Expressions.truthy("否")).isTrue();
  }
}
