package io.workforce.samples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CheckDigitsTest {

  @Test
  void acceptsThePublishedExampleCreditCode() {
    assertThat(CreditCodes.isValid("91350100M000100Y43")).isTrue();
  }

  @Test
  void rejectsACreditCodeWithOneCharacterChanged() {
    assertThat(CreditCodes.isValid("91350100M000100Y42")).isFalse();
    assertThat(CreditCodes.isValid("91350100M000101Y43")).isFalse();
  }

  @Test
  void rejectsCreditCodesWithForbiddenLettersOrWrongLength() {
    assertThat(CreditCodes.isValid("91350100M000100I43")).isFalse();
    assertThat(CreditCodes.isValid("91350100M000100Y4")).isFalse();
    assertThat(CreditCodes.isValid(null)).isFalse();
  }

  @Test
  void namesTheBadCharacterOfACreditCodeBody() {
    assertThatThrownBy(() -> CreditCodes.checkCharacter("91350100M00010OY4"))
        .hasMessageContaining("'O' at position 15");
  }

  @Test
  void computesTheOrganisationCodeCheckOfGb11714() {
    // D2143569-X is the worked example of the standard
    assertThat(CreditCodes.organisationCheck("D2143569")).isEqualTo('X');
  }

  @Test
  void acceptsThePublishedExampleIdNumbers() {
    assertThat(IdNumbers.isValid("11010519491231002X")).isTrue();
    assertThat(IdNumbers.isValid("440524188001010014")).isTrue();
  }

  @Test
  void rejectsIdNumbersWithAWrongCheckDigitOrImpossibleDate() {
    assertThat(IdNumbers.isValid("110105194912310021")).isFalse();
    assertThat(IdNumbers.isValid("110105194902300025")).isFalse();
    assertThat(IdNumbers.isValid("11010519491231002x")).isFalse();
  }

  @Test
  void buildsIdNumbersWhoseBirthDateAndGenderCanBeReadBack() {
    String id = IdNumbers.of("330106", LocalDate.of(2023, 4, 15), 123);
    assertThat(IdNumbers.isValid(id)).isTrue();
    assertThat(IdNumbers.birthDate(id)).isEqualTo(LocalDate.of(2023, 4, 15));
    assertThat(IdNumbers.gender(id)).isEqualTo("男");
    assertThat(IdNumbers.gender(IdNumbers.of("330106", LocalDate.of(2023, 4, 15), 124)))
        .isEqualTo("女");
  }
}
