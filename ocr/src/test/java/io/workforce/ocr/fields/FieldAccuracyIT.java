package io.workforce.ocr.fields;

import static org.assertj.core.api.Assertions.assertThat;

import io.workforce.ocr.OcrBusinessException;
import io.workforce.ocr.OcrConfig;
import io.workforce.ocr.OcrEngine;
import io.workforce.ocr.corpus.FieldCorpus;
import io.workforce.ocr.corpus.Parallel;
import io.workforce.ocr.corpus.ScreenRenderer;
import io.workforce.ocr.corpus.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Field values rendered like the sample registry's images (CONTRACTS.md): 1,050 images, every one
 * must be read exactly. Also a smaller set in other common UI looks. Figures go to docs/ocr.md.
 */
class FieldAccuracyIT {

  private static OcrEngine ocr;

  @BeforeAll
  static void start() {
    ocr = OcrEngine.pool(OcrConfig.defaults().withEngines(2));
  }

  @AfterAll
  static void stop() {
    ocr.close();
  }

  /** One image to read: the reader, the text drawn, the value expected. */
  record Case(String reader, String text, Object expected, TextStyle style) {}

  @Test
  void everyRegistryStyleAmountIdNumberAndCreditCodeIsReadExactly() throws Exception {
    List<Case> cases = new ArrayList<>();
    FieldCorpus.amounts(350, 21)
        .forEach(a -> cases.add(new Case("amount", a.text(), a.yuan(), TextStyle.REGISTRY)));
    FieldCorpus.idNumbers(350, 22)
        .forEach(id -> cases.add(new Case("id_number", id, id, TextStyle.REGISTRY)));
    FieldCorpus.creditCodes(350, 23)
        .forEach(c -> cases.add(new Case("credit_code", c, c, TextStyle.REGISTRY)));
    assertThat(cases).hasSizeGreaterThanOrEqualTo(1000);
    assertAllExact("registry style", cases);
  }

  @Test
  void datesInTheRegistryStyleAreReadExactly() throws Exception {
    List<Case> cases = new ArrayList<>();
    FieldCorpus.dates(60, 24)
        .forEach(d -> cases.add(new Case("date", d.text(), d.date(), TextStyle.REGISTRY)));
    assertAllExact("registry style dates", cases);
  }

  @Test
  void fieldsInOtherCommonUiLooksAreReadExactly() throws Exception {
    List<Case> cases = new ArrayList<>();
    long seed = 30;
    for (TextStyle style : TextStyle.OTHERS) {
      FieldCorpus.amounts(12, seed++)
          .forEach(a -> cases.add(new Case("amount", a.text(), a.yuan(), style)));
      FieldCorpus.idNumbers(12, seed++)
          .forEach(id -> cases.add(new Case("id_number", id, id, style)));
      FieldCorpus.creditCodes(12, seed++)
          .forEach(c -> cases.add(new Case("credit_code", c, c, style)));
    }
    assertAllExact("other UI looks", cases);
  }

  private static void assertAllExact(String corpus, List<Case> cases) throws Exception {
    long start = System.nanoTime();
    List<String> misses =
        Parallel.map(cases, 2, FieldAccuracyIT::miss).stream().filter(Objects::nonNull).toList();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "[ocr accuracy] %s: %d/%d exact (%.1f%%), %.1f s, %.0f ms/image on 2 engines%n",
        corpus,
        cases.size() - misses.size(),
        cases.size(),
        100.0 * (cases.size() - misses.size()) / cases.size(),
        seconds,
        seconds * 1000 / cases.size() * 2);
    assertThat(misses).as(corpus + ": misread values").isEmpty();
  }

  /** Null when read exactly, else a description of the miss. */
  private static String miss(Case c) {
    try {
      FieldValue v =
          FieldReader.named(c.reader()).read(ocr, ScreenRenderer.line(c.text(), c.style()));
      boolean same =
          v.value() instanceof java.math.BigDecimal d
              ? d.compareTo((java.math.BigDecimal) c.expected()) == 0
              : v.value().equals(c.expected());
      return same
          ? null
          : c.style().name() + " " + c.reader() + " \"" + c.text() + "\" read as " + v.value();
    } catch (OcrBusinessException e) {
      return c.style().name()
          + " "
          + c.reader()
          + " \""
          + c.text()
          + "\" rejected: "
          + e.getMessage();
    }
  }
}
