package io.workforce.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseTextTest {

  @Test
  void removesSpacesTesseractPutsAroundChineseWordsAndDigits() {
    assertThat(ChineseText.tidy("成立日期 : 2019 年 6 月 5 日")).isEqualTo("成立日期：2019年6月5日");
    assertThat(ChineseText.tidy("共 23 条记录")).isEqualTo("共23条记录");
  }

  @Test
  void asciiPunctuationAfterAChineseCharacterBecomesFullWidth() {
    assertThat(ChineseText.tidy("有限责任公司 (国有独资)")).isEqualTo("有限责任公司（国有独资）");
    assertThat(ChineseText.tidy("操作成功!")).isEqualTo("操作成功！");
  }

  @Test
  void leavesEnglishNumbersAndLineBreaksAlone() {
    assertThat(ChineseText.tidy("Status: Active, 1,200.00 (approved)"))
        .isEqualTo("Status: Active, 1,200.00 (approved)");
    assertThat(ChineseText.tidy("企业名称\n住所")).isEqualTo("企业名称\n住所");
  }
}
