package io.workforce.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
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
  void masksTransformedCopiesOfASecret() {
    String secret = "Canary-Pw-7391x";
    Secrets.register(secret);
    assertThat(Secrets.mask("p=CANARY-PW-7391X;")).isEqualTo("p=******;");
    assertThat(Secrets.mask("p=canary-pw-7391x;")).isEqualTo("p=******;");
    assertThat(Secrets.mask("p=x1937-wP-yranaC;")).as("reversed").isEqualTo("p=******;");
    assertThat(Secrets.mask("p=" + base64(secret) + ";")).isEqualTo("p=******;");
    assertThat(Secrets.mask("p=" + base64(secret).replace("=", "") + ";")).isEqualTo("p=******;");
    assertThat(
            Secrets.mask(
                "&#67;&#97;&#110;&#97;&#114;&#121;&#45;&#80;&#119;&#45;&#55;&#51;&#57;&#49;&#120;"))
        .as("HTML entities")
        .isEqualTo("******");
    assertThat(Secrets.mask("p=%43%61%6e%61%72%79%2D%50%77%2D%37%33%39%31%78;"))
        .as("every byte URL-encoded")
        .isEqualTo("p=******;");
  }

  @Test
  void masksTheSecretInsideALargerEncodedText() {
    String secret = "Canary-Pw-7391x";
    Secrets.register(secret);
    for (String prefix : List.of("clerk:", "clerk1:", "clerk12:")) {
      String basic = base64(prefix + secret + "&more");
      String masked = Secrets.mask("Authorization: Basic " + basic);
      assertThat(masked).as(prefix).contains(Secrets.MASK);
      String kept = masked.substring("Authorization: Basic ".length()).replace(Secrets.MASK, "");
      // 15 bytes are 20 base64 characters; all but the two shared with a neighbour go
      assertThat(basic.length() - kept.length())
          .as("hidden of " + basic)
          .isGreaterThanOrEqualTo(18);
    }
  }

  @Test
  void masksPiecesOfAtLeastHalfTheSecretAndSixCharacters() {
    String secret = "Canary-Pw-7391x";
    Secrets.register(secret);
    assertThat(Secrets.mask("a=" + secret.substring(0, 8) + " b=" + secret.substring(8)))
        .isEqualTo("a=****** b=" + secret.substring(8));
    assertThat(Secrets.mask("a=" + secret.substring(3, 11) + ".")).isEqualTo("a=******.");
    assertThat(Secrets.mask("a=" + secret.substring(0, 7) + "."))
        .as("under half")
        .endsWith("Canary-.");
  }

  @Test
  void masksSecretsInValuesReadFromAPageButNotTheirPieces() {
    String secret = "Read-Back-Pw-2208";
    Secrets.register(secret);
    Object read =
        Secrets.maskRead(Map.of("pw", secret, "rows", List.of("x" + secret.toLowerCase() + "y")));
    assertThat(read).isEqualTo(Map.of("pw", Secrets.MASK, "rows", List.of("x******y")));
    assertThat(Secrets.maskRead("Read-Back-Pw")).isEqualTo("Read-Back-Pw");
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

  private static String base64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
