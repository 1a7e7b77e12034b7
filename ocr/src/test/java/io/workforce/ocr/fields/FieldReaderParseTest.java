package io.workforce.ocr.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.ocr.OcrBusinessException;
import io.workforce.ocr.OcrBusinessException.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FieldReaderParseTest {

  private static FieldValue parse(String reader, String text) {
    return FieldReader.named(reader).parse(text);
  }

  private static OcrBusinessException rejection(String reader, String text) {
    try {
      FieldReader.named(reader).parse(text);
    } catch (OcrBusinessException e) {
      return e;
    }
    throw new AssertionError(reader + " accepted " + text);
  }

  @Test
  void amountInWanYuanIsReturnedInYuan() {
    assertThat(parse("amount", "1,200.00万元").decimal()).isEqualByComparingTo("12000000");
    assertThat(parse("amount", "12.5亿元").decimal()).isEqualByComparingTo("1250000000");
  }

  @Test
  void amountAcceptsCurrencySignsLabelsAndFullWidthDigits() {
    assertThat(parse("amount", "¥3,456.70").decimal()).isEqualByComparingTo("3456.70");
    assertThat(parse("amount", "￥１２３，４５６．７８").decimal()).isEqualByComparingTo("123456.78");
    assertThat(parse("amount", "注册资本：500万元").decimal()).isEqualByComparingTo("5000000");
    assertThat(parse("amount", "人民币 1 234.5 元").decimal()).isEqualByComparingTo("1234.5");
    assertThat(parse("amount", "-42.00").decimal()).isEqualByComparingTo("-42");
  }

  @Test
  void amountWithBadThousandsGroupingIsAMisreadNotAValue() {
    OcrBusinessException e = rejection("amount", "12,34.00万元");
    assertThat(e.reason()).isEqualTo(Reason.WRONG_FORMAT);
    assertThat(e.valueRead()).isEqualTo("12,34.00万元");
  }

  @Test
  void idNumberWithRightCheckCharacterIsAccepted() {
    String id = IdNumbers.of("330106", LocalDate.of(1985, 7, 14), 123);
    assertThat(parse("id_number", "身份证号：" + id).string()).isEqualTo(id);
    assertThat(parse("id_number", "11010519491231002x").string()).isEqualTo("11010519491231002X");
  }

  @Test
  void idNumberWithWrongCheckCharacterIsABusinessErrorWithTheValueRead() {
    String valid = IdNumbers.of("330106", LocalDate.of(1985, 7, 14), 123);
    char wrong = valid.charAt(17) == '1' ? '2' : '1';
    String invalid = valid.substring(0, 17) + wrong;
    OcrBusinessException e = rejection("id_number", invalid);
    assertThat(e.reason()).isEqualTo(Reason.CHECK_FAILED);
    assertThat(e.valueRead()).isEqualTo(invalid);
    assertThat(e.isBusinessError()).isTrue();
    assertThat(e.getMessage()).contains(invalid).contains(String.valueOf(valid.charAt(17)));
  }

  @Test
  void idNumberOfWrongLengthOrImpossibleBirthDateIsRejected() {
    assertThat(rejection("id_number", "1101051949123100").reason()).isEqualTo(Reason.WRONG_FORMAT);
    assertThat(rejection("id_number", "110105194913310021").reason())
        .isEqualTo(Reason.INVALID_VALUE);
    assertThat(rejection("id_number", "   ").reason()).isEqualTo(Reason.UNREADABLE);
  }

  @Test
  void creditCodeIsCheckedByGb32100() {
    String code = CreditCodes.of("91330106MA2AXXXX" + "1");
    assertThat(parse("credit_code", code).string()).isEqualTo(code);
    String broken = code.substring(0, 17) + (code.charAt(17) == 'A' ? 'B' : 'A');
    assertThat(rejection("credit_code", broken).reason()).isEqualTo(Reason.CHECK_FAILED);
  }

  @Test
  void creditCodeTakesOAndIAsDigitsAndRejectsLettersNeverUsed() {
    String code = CreditCodes.of("91330106MA2A10X01");
    assertThat(parse("credit_code", code.replace('0', 'O').replace('1', 'I')).string())
        .isEqualTo(code);
    OcrBusinessException e = rejection("credit_code", "91330106MA2S1OX01" + "9");
    assertThat(e.reason()).isEqualTo(Reason.WRONG_FORMAT);
    assertThat(e.detail()).contains("'S'");
  }

  @Test
  void datesInCommonChineseFormsAreParsed() {
    LocalDate d = LocalDate.of(2024, 3, 5);
    assertThat(parse("date", "2024-03-05").date()).isEqualTo(d);
    assertThat(parse("date", "2024年3月5日").date()).isEqualTo(d);
    assertThat(parse("date", "2024/03/05").date()).isEqualTo(d);
    assertThat(parse("date", "成立日期：2024.3.5").date()).isEqualTo(d);
    assertThat(parse("date", "20240305").date()).isEqualTo(d);
    assertThat(rejection("date", "2023-02-30").reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(rejection("date", "March 5").reason()).isEqualTo(Reason.WRONG_FORMAT);
  }

  @Test
  void textCollapsesSpacesAndKeepsLines() {
    assertThat(parse("text", "  Company   name \n\n 企业名称 ").string())
        .isEqualTo("Company name\n企业名称");
    assertThat(rejection("text", " \n ").reason()).isEqualTo(Reason.UNREADABLE);
  }

  @Test
  void unknownReaderNameListsTheKnownOnesAndSuggestsTheClosest() {
    assertThatThrownBy(() -> FieldReader.named("id-numbr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount, id_number, credit_code, date, text")
        .hasMessageContaining("id_number?");
  }

  @Test
  void theTextReaderTakesOtherLanguagesAndRejectsMalformedOnes() {
    assertThat(FieldReader.text("eng").name()).isEqualTo("text");
    assertThatThrownBy(() -> FieldReader.text("chi sim")).hasMessageContaining("chi sim");
  }

  @Test
  void valueOfAnAmountPrintsPlain() {
    assertThat(parse("amount", "1,200.00万元").string())
        .isEqualTo(new BigDecimal("12000000.00").toPlainString());
  }
}
