package io.workforce.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SelectorTest {

  @Test
  void readsEachKindOfSelector() {
    assertThat(Selector.parse("#name")).isEqualTo(new Selector.Css("#name", "#name"));
    assertThat(Selector.parse("input[name=q]").kind()).isEqualTo(Selector.Kind.CSS);
    assertThat(Selector.parse("css=div > p")).isEqualTo(new Selector.Css("css=div > p", "div > p"));
    assertThat(Selector.parse("text=提交")).isEqualTo(new Selector.Text("text=提交", "提交", false));
    assertThat(Selector.parse("text=\"提交\""))
        .isEqualTo(new Selector.Text("text=\"提交\"", "提交", true));
    assertThat(Selector.parse("//td[2]")).isEqualTo(new Selector.XPath("//td[2]", "//td[2]"));
    assertThat(Selector.parse("xpath=(//a)[1]").kind()).isEqualTo(Selector.Kind.XPATH);
    assertThat(Selector.parse("label='姓名'"))
        .isEqualTo(new Selector.Label("label='姓名'", "姓名", true));
  }

  @Test
  void readsRolesWithQuotedUnquotedAndExactNames() {
    assertThat(Selector.parse("role=button"))
        .isEqualTo(new Selector.Role("role=button", "button", null, false));
    assertThat(Selector.parse("role=button[name=\"提 交\"]"))
        .isEqualTo(new Selector.Role("role=button[name=\"提 交\"]", "button", "提 交", false));
    assertThat(Selector.parse("role=link[name=查看 详情]"))
        .isEqualTo(new Selector.Role("role=link[name=查看 详情]", "link", "查看 详情", false));
    assertThat(((Selector.Role) Selector.parse("role=button[name='OK' s]")).exact()).isTrue();
  }

  @Test
  void namesTheKindsWhenThePrefixIsUnknown() {
    assertThatThrownBy(() -> Selector.parse("id=name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown selector kind 'id'")
        .hasMessageContaining("#name");
    assertThatThrownBy(() -> Selector.parse(" ")).hasMessageContaining("empty selector");
    assertThatThrownBy(() -> Selector.parse("role=button[nam=x]"))
        .hasMessageContaining("role=button");
  }

  @Test
  void onlyCssSelectorsServeAsRowSelectors() {
    assertThat(Selector.parse(".card").requireCss()).isEqualTo(".card");
    assertThatThrownBy(() -> Selector.parse("text=x").requireCss())
        .isInstanceOf(SystemException.class);
  }
}
