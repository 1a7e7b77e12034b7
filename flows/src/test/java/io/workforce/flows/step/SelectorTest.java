package io.workforce.flows.step;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelectorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "#applicant|CSS|#applicant",
        "css=div > a|CSS|div > a",
        "text=提交|TEXT|提交",
        "text=\"提交\"|TEXT|\"提交\"",
        "xpath=//td[2]|XPATH|//td[2]",
        "//table//a|XPATH|//table//a",
        "(//a)[1]|XPATH|(//a)[1]",
        "role=button[name=查询]|ROLE|button[name=查询]",
        "label=申请人|LABEL|申请人",
        "input[name=q]|CSS|input[name=q]",
      })
  void readsTheKindFromThePrefix(String text, Selector.Kind kind, String body) {
    Selector s = Selector.of(Template.literal(text, new SourceLocation("t", 1, 1)));
    assertThat(s.kind()).isEqualTo(kind);
    assertThat(Selector.body(text)).isEqualTo(body);
  }

  @Test
  void roleSelectorsGiveRoleAndName() {
    assertThat(Selector.role("button[name=\"提 交\"]")).isEqualTo(new Selector.Role("button", "提 交"));
    assertThat(Selector.role("Link")).isEqualTo(new Selector.Role("link", null));
    assertThat(Selector.role("[name=x]")).isNull();
  }
}
