package io.workforce.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {

  @Test
  void masksARegisteredSecretAndItsUrlAndHtmlForms() {
    Secrets.register("Pa ss<&>word!");
    assertThat(Secrets.mask("typed Pa ss<&>word! into #pwd")).isEqualTo("typed ****** into #pwd");
    assertThat(Secrets.mask("GET /login?p=Pa+ss%3C%26%3Eword%21")).isEqualTo("GET /login?p=******");
    assertThat(Secrets.mask("<input value=\"Pa ss&lt;&amp;&gt;word!\">"))
        .isEqualTo("<input value=\"******\">");
    assertThat(Secrets.isSecret("Pa ss<&>word!")).isTrue();
  }

  @Test
  void leavesShortValuesAndNullAlone() {
    Secrets.register("ab");
    assertThat(Secrets.mask("abc")).isEqualTo("abc");
    assertThat(Secrets.mask(null)).isNull();
  }

  @Test
  void exceptionMessagesAreMaskedWithContext() {
    Secrets.register("s3cr3t-in-message");
    RpaException e =
        new BusinessException("login failed with s3cr3t-in-message")
            .in(ErrorContext.step("steps[2].fill", "flow.yaml:7:5"));
    assertThat(e.getMessage())
        .isEqualTo("login failed with ****** [step steps[2].fill at flow.yaml:7:5]");
    assertThat(e.reason()).doesNotContain("s3cr3t");
    assertThat(e.retryable()).isFalse();
    assertThat(new SystemException("x").retryable()).isTrue();
  }
}
