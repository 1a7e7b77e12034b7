package io.workforce.flows.step;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelectorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "#applicant|CSS",
        "css=div > a|CSS",
        "text=提交|TEXT",
        "text=\"提交\"|TEXT",
        "xpath=//td[2]|XPATH",
        "//table//a|XPATH",
        "(//a)[1]|XPATH",
        "role=button[name=查询]|ROLE",
        "label=申请人|LABEL",
        "input[name=q]|CSS",
      })
  void readsTheKindFromThePrefix(String text, Selector.Kind kind) {
    Selector s = Selector.of(Template.literal(text, new SourceLocation("t", 1, 1)));
    assertThat(s.kind()).isEqualTo(kind);
  }
}
