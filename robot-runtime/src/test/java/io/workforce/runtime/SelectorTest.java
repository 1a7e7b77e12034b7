package io.workforce.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.options.AriaRole;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SelectorTest {

  @Test
  void readsEachKindOfSelector() {
    assertThat(Selector.parse("#name")).isEqualTo(new Selector.Css("#name", "#name", false));
    assertThat(Selector.parse("input[name=q]").kind()).isEqualTo(Selector.Kind.CSS);
    assertThat(Selector.parse("css=div > p"))
        .isEqualTo(new Selector.Css("css=div > p", "div > p", false));
    assertThat(Selector.parse("text=提交"))
        .isEqualTo(new Selector.Text("text=提交", "提交", false, false));
    assertThat(Selector.parse("text=\"提交\""))
        .isEqualTo(new Selector.Text("text=\"提交\"", "提交", true, false));
    assertThat(Selector.parse("//td[2]"))
        .isEqualTo(new Selector.XPath("//td[2]", "//td[2]", false));
    assertThat(Selector.parse("xpath=(//a)[1]").kind()).isEqualTo(Selector.Kind.XPATH);
    assertThat(Selector.parse("label='姓名'"))
        .isEqualTo(new Selector.Label("label='姓名'", "姓名", true, false));
    assertThat(Selector.parse("label=姓名 >> visible=true"))
        .isEqualTo(new Selector.Label("label=姓名 >> visible=true", "姓名", false, true));
  }

  @Test
  void readsRolesWithQuotedUnquotedAndExactNames() {
    assertThat(Selector.parse("role=button"))
        .isEqualTo(new Selector.Role("role=button", "button", null, false, false));
    assertThat(Selector.parse("role=button[name=\"提 交\"]"))
        .isEqualTo(new Selector.Role("role=button[name=\"提 交\"]", "button", "提 交", false, false));
    assertThat(Selector.parse("role=link[name=查看 详情]"))
        .isEqualTo(new Selector.Role("role=link[name=查看 详情]", "link", "查看 详情", false, false));
    assertThat(((Selector.Role) Selector.parse("role=button[name='OK' s]")).exact()).isTrue();
  }

  @Test
  void aBadSelectorIsASelectorErrorThatIsNeverRetried() {
    assertThatThrownBy(() -> Selector.parse("id=name"))
        .isInstanceOf(SelectorException.class)
        .hasMessageContaining("id=name")
        .hasMessageContaining("#id");
    assertThatThrownBy(() -> Selector.parse(" ")).isInstanceOf(SelectorException.class);
    assertThatThrownBy(() -> Selector.parse("role=button[nam=x]"))
        .hasMessageContaining("role=button");
    assertThatThrownBy(() -> Selector.parse("xpath=//td[")).hasMessageContaining("XPath");
    assertThat(new SelectorException("#x", "bad").retryable()).isFalse();
  }

  @Test
  void onlyCssSelectorsServeAsRowSelectors() {
    assertThat(Selector.parse(".card").requireCss()).isEqualTo(".card");
    assertThatThrownBy(() -> Selector.parse("text=x").requireCss())
        .isInstanceOf(SelectorException.class);
  }

  @Test
  void theFlowCheckerKnowsExactlyTheRolesPlaywrightKnows() {
    for (AriaRole role : AriaRole.values()) {
      String name = role.name().toLowerCase(Locale.ROOT);
      assertThat(Selector.parse("role=" + name).kind()).as(name).isEqualTo(Selector.Kind.ROLE);
    }
    assertThatThrownBy(() -> Selector.parse("role=knopf")).isInstanceOf(SelectorException.class);
    assertThat(Arrays.stream(AriaRole.values()).count()).isGreaterThan(70);
  }
}
