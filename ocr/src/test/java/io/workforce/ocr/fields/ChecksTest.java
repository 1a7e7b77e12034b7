package io.workforce.ocr.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.ocr.corpus.FieldCorpus;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void idNumberCheckMatchesPublishedExamples() {
    // GB 11643-1999 appendix example and a well-known sample number
    assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
    assertThat(IdNumbers.checkCharacter("44052418800101001")).isEqualTo('4');
    assertThat(IdNumbers.isValid("11010519491231002X")).isTrue();
    assertThat(IdNumbers.isValid("110105194912310021")).isFalse();
  }

  @Test
  void idNumberCheckDetectsEverySingleDigitChange() {
    String id = IdNumbers.of("330106", LocalDate.of(1990, 1, 31), 7);
    for (int i = 0; i < 17; i++) {
      for (char c = '0'; c <= '9'; c++) {
        if (c != id.charAt(i)) {
          String changed = id.substring(0, i) + c + id.substring(i + 1);
          assertThat(IdNumbers.checkCharacter(changed.substring(0, 17)))
              .as(changed)
              .isNotEqualTo(id.charAt(17));
        }
      }
    }
  }

  @Test
  void creditCodeCheckMatchesARealCode() {
    // 91350100M000100Y43: a published code (Fujian), check character 3
    assertThat(CreditCodes.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    assertThat(CreditCodes.isValid("91350100M000100Y43")).isTrue();
    assertThat(CreditCodes.isValid("91350100M000100Y44")).isFalse();
  }

  @Test
  void organisationCodeCheckMatchesGb11714Example() {
    // GB 11714 example: D2143569 -> check character X
    assertThat(CreditCodes.organisationCheck("D2143569")).isEqualTo('X');
  }

  @Test
  void creditCodeBodyWithForbiddenLetterNamesThePosition() {
    assertThatThrownBy(() -> CreditCodes.checkCharacter("91330106MA2S10X01"))
        .hasMessageContaining("'S' at position 12");
  }

  @Test
  void generatedCorpusValuesAllCarryValidChecks() {
    assertThat(FieldCorpus.idNumbers(500, 1)).allMatch(IdNumbers::isValid);
    assertThat(FieldCorpus.creditCodes(500, 1))
        .allMatch(CreditCodes::isValid)
        .allMatch(c -> CreditCodes.organisationCheck(c.substring(8, 16)) == c.charAt(16));
  }
}
