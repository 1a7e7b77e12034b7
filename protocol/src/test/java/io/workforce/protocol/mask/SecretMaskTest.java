package io.workforce.protocol.mask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretMaskTest {

  private final SecretMask mask = SecretMask.of(List.of("Djy@2008", "Slry#2019"));

  @Test
  void leavesOrdinaryDataThatSharesShortPiecesWithASecretAlone() {
    assertThat(mask.mask("成立于 2008-03-01, 编号 djy01, 2019年"))
        .isEqualTo("成立于 2008-03-01, 编号 djy01, 2019年");
  }

  @Test
  void masksWholeCopiesPiecesAndJoinsNeighbouringMatches() {
    assertThat(mask.mask("DJY@2008Slry#2019")).isEqualTo("******");
    assertThat(mask.mask("a Djy@20 b")).isEqualTo("a ****** b");
    assertThat(mask.mask("8002@yjD")).isEqualTo("******");
    assertThat(mask.maskWhole("a Djy@20 b"))
        .as("pieces are not whole copies")
        .isEqualTo("a Djy@20 b");
  }

  @Test
  void masksEveryTextKeyAndValueOfATree() {
    Object tree = Map.of("Djy@2008", List.of("x slry#2019", 12, Map.of("k", "Djy%402008")));
    assertThat(mask.maskTree(tree))
        .isEqualTo(Map.of("******", List.of("x ******", 12, Map.of("k", "******"))));
  }

  @Test
  void knowsASecretInAnyCaseButNotItsPieces() {
    assertThat(mask.isSecret("djy@2008")).isTrue();
    assertThat(mask.isSecret("Djy@20")).isFalse();
    assertThat(mask.isSecret(null)).isFalse();
  }

  @Test
  void ignoresSecretsTooShortToMaskAndKnowsWhenNothingIsNew() {
    assertThat(SecretMask.of(List.of("ab")).isEmpty()).isTrue();
    assertThat(mask.with("Djy@2008")).isSameAs(mask);
    assertThat(SecretMask.none().mask("anything")).isEqualTo("anything");
  }

  @Test
  void twoMasksTogetherHideWhatEitherHides() {
    SecretMask both =
        SecretMask.of(List.of("first-secret")).plus(SecretMask.of(List.of("second-secret")));
    assertThat(both.mask("first-secret second-secret")).isEqualTo("****** ******");
    assertThat(SecretMask.none().plus(mask)).isSameAs(mask);
  }
}
