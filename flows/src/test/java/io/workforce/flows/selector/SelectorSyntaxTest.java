package io.workforce.flows.selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;
import io.workforce.flows.selector.ParsedSelector.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SelectorSyntaxTest {

  @Test
  void splitsEachKindIntoWhatTheDriversNeed() {
    assertThat(SelectorSyntax.parse("#name"))
        .isEqualTo(new ParsedSelector("#name", Kind.CSS, "#name", false, null, false));
    assertThat(SelectorSyntax.parse("css=div > p").body()).isEqualTo("div > p");
    assertThat(SelectorSyntax.parse("text=提交"))
        .isEqualTo(new ParsedSelector("text=提交", Kind.TEXT, "提交", false, null, false));
    assertThat(SelectorSyntax.parse("text=\"提交\"").exact()).isTrue();
    assertThat(SelectorSyntax.parse("label='姓名'").body()).isEqualTo("姓名");
    assertThat(SelectorSyntax.parse("(//a)[1]").kind()).isEqualTo(Kind.XPATH);
    assertThat(SelectorSyntax.parse("role=Button[name=\"提 交\" s]"))
        .isEqualTo(
            new ParsedSelector(
                "role=Button[name=\"提 交\" s]", Kind.ROLE, "button", true, "提 交", false));
    assertThat(SelectorSyntax.parse("role=link").name()).isNull();
  }

  @Test
  void aFinalVisibleFilterAppliesToEveryKind() {
    ParsedSelector s = SelectorSyntax.parse("label=姓名 >> visible=true");
    assertThat(s.kind()).isEqualTo(Kind.LABEL);
    assertThat(s.body()).isEqualTo("姓名");
    assertThat(s.visibleOnly()).isTrue();
    assertThat(SelectorSyntax.parse("form input>>visible=true").body()).isEqualTo("form input");
    assertThat(SelectorSyntax.parse("//input >> visible=true").visibleOnly()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "div:has(> span.x)",
        ":is(a, b) c",
        "li:not(.x, .y)",
        "tr:nth-child(2n+1) > td:nth-of-type(odd)",
        "input[type=radio]:checked",
        "#姓名",
        "[id=\"form:name\"]",
        "#form\\:name",
        "svc-picker input[value='A01']",
        "xpath=//a[contains(., '详情')]",
        "//tr[td[1]='x']/td[2]",
        "text=a >> b",
      })
  void acceptsWhatBothDriversRun(String selector) {
    SelectorSyntax.parse(selector);
  }

  @Test
  void refusesBrokenXpathWithTheParsersReason() {
    SelectorSyntaxException e =
        catchThrowableOfType(
            SelectorSyntaxException.class, () -> SelectorSyntax.parse("xpath=//td["));
    assertThat(e.reason(false)).startsWith("not valid XPath 1.0");
    assertThat(e.hint(true)).contains("XPath 1.0");
    assertThatThrownBy(() -> SelectorSyntax.parse("//a[matches(., 'x')]"))
        .isInstanceOf(SelectorSyntaxException.class);
  }

  @Test
  void refusesBrokenCssAtItsColumn() {
    SelectorSyntaxException e =
        catchThrowableOfType(SelectorSyntaxException.class, () -> SelectorSyntax.parse("div[name"));
    assertThat(e.reason(false)).startsWith("not valid CSS");
    assertThat(e.offset()).isEqualTo(7);
    assertThat(
            catchThrowableOfType(SelectorSyntaxException.class, () -> SelectorSyntax.parse("css=#"))
                .offset())
        .isEqualTo(4);
  }

  @Test
  void refusesPlaywrightOnlyCssWithThePortableWay() {
    SelectorSyntaxException e =
        catchThrowableOfType(
            SelectorSyntaxException.class, () -> SelectorSyntax.parse("form:visible input"));
    assertThat(e.reason(false)).contains("`:visible`").contains("Selenium");
    assertThat(e.hint(false)).contains(">> visible=true");
    assertThat(e.offset()).isEqualTo(4);
    assertThat(
            catchThrowableOfType(
                    SelectorSyntaxException.class, () -> SelectorSyntax.parse("a:has-text('详情')"))
                .hint(false))
        .contains("text=");
    assertThat(
            catchThrowableOfType(
                    SelectorSyntaxException.class, () -> SelectorSyntax.parse("div >> a"))
                .reason(false))
        .contains(">>");
    assertThatThrownBy(() -> SelectorSyntax.parse("td:contains(x)")).hasMessageContaining("jQuery");
    assertThatThrownBy(() -> SelectorSyntax.parse("p::before"))
        .hasMessageContaining("pseudo-element");
    assertThatThrownBy(() -> SelectorSyntax.parse("td:nth-child(first)"))
        .hasMessageContaining("bad argument");
  }

  @Test
  void refusesUnknownKindsRolesAndOpenQuotes() {
    assertThatThrownBy(() -> SelectorSyntax.parse("id=name"))
        .hasMessageContaining("`id=`")
        .hasMessageContaining("#id");
    assertThatThrownBy(() -> SelectorSyntax.parse("role=knopf")).hasMessageContaining("ARIA role");
    assertThatThrownBy(() -> SelectorSyntax.parse("role=[name=提交]"))
        .hasMessageContaining("role=ROLE[name=NAME]");
    assertThatThrownBy(() -> SelectorSyntax.parse("text=\"提交")).hasMessageContaining("quote");
    assertThatThrownBy(() -> SelectorSyntax.parse("label=")).hasMessageContaining("label=");
    assertThatThrownBy(() -> SelectorSyntax.parse(" ")).hasMessageContaining("empty");
    assertThatThrownBy(() -> SelectorSyntax.parse(">> visible=true"))
        .hasMessageContaining("nothing before");
  }

  @Test
  void checksTheLiteralPartsOfSelectorsWithExpressions() {
    TemplateSelectors.check(t("text=${item.name}"));
    TemplateSelectors.check(t("#row-${i} td"));
    TemplateSelectors.check(t("tr:nth-child(${i + 1}) td"));
    TemplateSelectors.check(t("role=${role}[name=提交]"));
    TemplateSelectors.check(t("${selector}"));
    TemplateSelectors.check(t("${table} td[")); // any kind: checked once rendered
    SelectorSyntaxException e =
        catchThrowableOfType(
            SelectorSyntaxException.class, () -> TemplateSelectors.check(t("xpath=//td[${i}")));
    assertThat(e.reason(false)).startsWith("not valid XPath");
    assertThat(e.selector()).isEqualTo("xpath=//td[${i}");
    assertThatThrownBy(() -> TemplateSelectors.check(t("form:visible #f-${id}")))
        .hasMessageContaining(":visible");
  }

  private static Template t(String text) {
    return Template.parse(text, new SourceLocation("t.yaml", 1, 1));
  }
}
