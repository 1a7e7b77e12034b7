package io.workforce.flows.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.flows.SourceLocation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {

  private static final SourceLocation AT = new SourceLocation("t.yaml", 3, 7);

  @Test
  void splitsLiteralTextAndExpressions() {
    Template t = Template.parse("/company?code=${item.code}&x=${1 + 2}", AT);
    assertThat(t.parts())
        .containsExactly(
            new Template.Literal("/company?code="),
            new Template.Expression("item.code", 16),
            new Template.Literal("&x="),
            new Template.Expression("1 + 2", 31));
    assertThat(t.isConstant()).isFalse();
    assertThat(t.isSingleExpression()).isFalse();
    assertThat(t.location()).isEqualTo(AT);
  }

  @Test
  void bracesAndQuotesInsideAnExpressionDoNotCloseIt() {
    Template t = Template.parse("${{'a': '}'}.a}", AT);
    assertThat(t.isSingleExpression()).isTrue();
    assertThat(t.expressions())
        .extracting(Template.Expression::code)
        .containsExactly("{'a': '}'}.a");
    assertThat(Expressions.create().evaluate(t, Scope.empty())).isEqualTo("}");
  }

  @Test
  void dollarDollarBraceIsALiteral() {
    Template t = Template.parse("cost: $${x}", AT);
    assertThat(t.isConstant()).isTrue();
    assertThat(Expressions.create().render(t, Scope.empty())).isEqualTo("cost: ${x}");
  }

  @Test
  void anUnclosedExpressionSaysWhere() {
    assertThatThrownBy(() -> Template.parse("ab${item.name", AT))
        .isInstanceOf(TemplateSyntaxException.class)
        .satisfies(e -> assertThat(((TemplateSyntaxException) e).offset()).isEqualTo(2));
  }

  @Test
  void nullValuesRenderAsNothingAndDecimalsWithoutExponent() {
    Scope scope = Scope.of(Map.of("n", new java.math.BigDecimal("1E+3")));
    scope.set("missing", null);
    assertThat(Expressions.create().render(Template.parse("[${missing}] ${n}", AT), scope))
        .isEqualTo("[] 1000");
  }

  @Test
  void treesOfTemplatesEvaluateLeafByLeaf() {
    Object body = Map.of("codes", List.of(Template.parse("${1 + 1}", AT), 3), "ok", true);
    assertThat(Expressions.create().evaluateTree(body, Scope.empty()))
        .isEqualTo(Map.of("codes", List.of(2, 3), "ok", true));
  }

  @Test
  void childScopesSeeTheirParentAndWriteWhereAVariableLives() {
    Scope root = Scope.of(Map.of("total", 1));
    Scope loop = root.child().local("row", "r1");
    loop.set("total", 5).set("fresh", 1);
    assertThat(root.get("total")).isEqualTo(5);
    assertThat(root.has("row")).isFalse();
    assertThat(root.has("fresh")).isFalse();
    assertThat(loop.names()).contains("total", "row", "fresh");
  }
}
