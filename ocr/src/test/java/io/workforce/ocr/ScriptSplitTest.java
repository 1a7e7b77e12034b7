package io.workforce.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.ocr.TessHandle.RawWord;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptSplitTest {

  private static RawWord word(String text, int left, boolean lineStart) {
    return new RawWord(text, left, 10, left + 20, 30, 90, lineStart);
  }

  @Test
  void chineseWithEnglishIsReadInTwoPassesOtherSetsInOne() {
    assertThat(ScriptSplit.plan(List.of("chi_sim", "eng"), ""))
        .isEqualTo(new ScriptSplit.Plan("chi_sim", "eng"));
    assertThat(ScriptSplit.plan(List.of("eng", "chi_sim"), ""))
        .isEqualTo(new ScriptSplit.Plan("chi_sim", "eng"));
    assertThat(ScriptSplit.plan(List.of("eng"), "")).isNull();
    assertThat(ScriptSplit.plan(List.of("chi_sim"), "")).isNull();
    assertThat(ScriptSplit.plan(List.of("chi_sim", "eng"), "0123456789万元")).isNull();
  }

  @Test
  void latinRunsStopAtChineseWordsAndLineStartsAndNeedTwoLetters() {
    List<RawWord> words =
        List.of(
            word("Showing8to30of", 0, true),
            word("608", 30, false),
            word("条", 60, false),
            word("2019", 90, false),
            word("Excel表格", 120, false),
            word("records", 0, true));
    List<ScriptSplit.Run> runs = ScriptSplit.latinRuns(words, 1000, 100);
    assertThat(runs)
        .extracting(ScriptSplit.Run::from, ScriptSplit.Run::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, 2), org.assertj.core.groups.Tuple.tuple(5, 6));
    assertThat(runs.get(0).box()).containsExactly(0, 6, 54, 34);
  }

  @Test
  void punctuationAtTheEndsOfARunKeepsItsChineseReading() {
    List<RawWord> words =
        List.of(
            word("表格", 0, true),
            word(":", 30, false),
            word("Showing", 60, false),
            word("all", 90, false),
            word(".", 120, false));
    assertThat(ScriptSplit.latinRuns(words, 1000, 100))
        .extracting(ScriptSplit.Run::from, ScriptSplit.Run::to)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 4));
  }

  @Test
  void spliceReplacesEachRunAndKeepsTheLineStart() {
    List<RawWord> words =
        List.of(word("名称", 0, true), word("ShowingAll", 30, false), word("Next", 0, true));
    List<ScriptSplit.Run> runs = ScriptSplit.latinRuns(words, 1000, 100);
    List<RawWord> spliced =
        ScriptSplit.splice(
            words,
            runs,
            List.of(
                List.of(word("Showing", 30, false), word("All", 50, false)),
                List.of(word("Next", 0, false))));
    assertThat(spliced).extracting(RawWord::text).containsExactly("名称", "Showing", "All", "Next");
    assertThat(spliced).extracting(RawWord::lineStart).containsExactly(true, false, false, true);
  }
}
