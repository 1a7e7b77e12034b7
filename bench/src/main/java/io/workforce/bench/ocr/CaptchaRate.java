package io.workforce.bench.ocr;

import io.workforce.bench.Figure;
import io.workforce.ocr.OcrBusinessException;
import io.workforce.ocr.OcrConfig;
import io.workforce.ocr.OcrEngine;
import io.workforce.ocr.corpus.Captchas;
import io.workforce.ocr.corpus.Captchas.Captcha;
import io.workforce.ocr.fields.FieldReader;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How many of the portal sample's image verification codes (4 digits, lines through them) the ocr
 * step reads right: told {@code chars: 0-9} and {@code pattern: \d{4}} against the plain {@code
 * text} reader a flow gets without them (its default {@code chi_sim+eng}), on the same images in
 * the same run; and how many codes the told reader handed back wrong (it must refuse, not guess).
 */
final class CaptchaRate {

  /** Seed of the image tokens: other images than CaptchaReadIT's, so that the bench re-checks. */
  private static final long TOKENS = 2026;

  private CaptchaRate() {}

  /** Codes read right and codes handed back wrong by one reader. */
  record Rate(int right, int wrong, int refused) {}

  static List<Figure> toldVersusPlain(int n) {
    List<Captcha> corpus = Captchas.of(n, TOKENS);
    FieldReader told = FieldReader.text("eng", "0123456789", Pattern.compile("\\d{4}"));
    FieldReader charsOnly = FieldReader.text("eng", "0123456789", null);
    FieldReader plain = FieldReader.text("chi_sim+eng");
    Rate t;
    Rate c;
    Rate p;
    try (OcrEngine ocr = OcrEngine.pool(OcrConfig.defaults().withEngines(1))) {
      t = rate(ocr, told, corpus);
      c = rate(ocr, charsOnly, corpus);
      p = rate(ocr, plain, corpus);
    }
    return List.of(
        Figure.higherIsBetter(
            "captcha 4 digits: chars 0-9 + pattern \\d{4} vs no chars/pattern (codes read right)",
            t.right(),
            p.right(),
            "of " + n,
            "told: " + describe(t) + "; plain: " + describe(p),
            1.0),
        Figure.reported(
            "captcha 4 digits: chars 0-9 alone, one read (codes read right)",
            c.right(),
            "of " + n,
            describe(c)),
        Figure.atMost(
            "captcha 4 digits: codes chars + pattern handed back wrong",
            t.wrong(),
            "of " + n,
            t.refused() + " refused with a business error",
            0));
  }

  private static Rate rate(OcrEngine ocr, FieldReader reader, List<Captcha> corpus) {
    int right = 0;
    int wrong = 0;
    int refused = 0;
    for (Captcha c : corpus) {
      try {
        if (reader.read(ocr, c.image()).string().equals(c.code())) {
          right++;
        } else {
          wrong++;
        }
      } catch (OcrBusinessException e) {
        refused++;
      }
    }
    return new Rate(right, wrong, refused);
  }

  private static String describe(Rate r) {
    return r.right() + " right, " + r.wrong() + " wrong, " + r.refused() + " refused";
  }
}
