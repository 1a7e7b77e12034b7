package io.workforce.ocr.corpus;

import io.workforce.ocr.OcrConfig;
import io.workforce.ocr.OcrEngine;
import io.workforce.ocr.OcrOptions;
import io.workforce.ocr.OcrResult;
import io.workforce.ocr.PageSegMode;
import io.workforce.ocr.Preprocessing;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Measures preprocessing choices on the corpus and prints a table (CER, exact lines, ms per image) — the
 * numbers behind {@link Preprocessing#auto()} and docs/ocr.md. Not a test: run it by hand,
 * {@code java -cp ... io.workforce.ocr.corpus.PreprocessStudy [n] [kind...]}.
 */
public final class PreprocessStudy {

  record Kind(String name, String languages, String whitelist, Function<Integer, List<String>> lines) {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    List<String> only = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
    List<Kind> kinds = List.of(
        new Kind("zh", "chi_sim+eng", "", k -> UiText.chinese(k, 11)),
        new Kind("en", "chi_sim+eng", "", k -> UiText.english(k, 12)),
        new Kind("en-eng", "eng", "", k -> UiText.english(k, 12)),
        new Kind("amount", "chi_sim+eng", "0123456789,.万元亿¥", k -> FieldCorpus.amounts(k, 13).stream().map(FieldCorpus.Amount::text).toList()),
        new Kind("id", "eng", "0123456789X", k -> FieldCorpus.idNumbers(k, 14)),
        new Kind("code", "eng", io.workforce.ocr.fields.CreditCodes.ALPHABET, k -> FieldCorpus.creditCodes(k, 15)));
    List<Preprocessing> variants = variants();
    try (OcrEngine engine = OcrEngine.pool(OcrConfig.defaults().withEngines(1))) {
      for (Kind kind : kinds) {
        if (!only.isEmpty() && !only.contains(kind.name())) {
          continue;
        }
        List<String> lines = kind.lines().apply(n);
        for (TextStyle style : TextStyle.all()) {
          List<BufferedImage> images = lines.stream().map(l -> ScreenRenderer.line(l, style)).toList();
          for (Preprocessing p : variants) {
            OcrOptions options = OcrOptions.defaults().withLanguages(kind.languages()).withWhitelist(kind.whitelist())
                .withPageSegMode(PageSegMode.SINGLE_LINE).withPreprocessing(p);
            report(kind.name(), style.name(), p, measure(engine, lines, images, options));
          }
        }
      }
    }
  }

  static List<Preprocessing> variants() {
    List<Preprocessing> v = new ArrayList<>();
    v.add(Preprocessing.none());
    for (double s : new double[] {1, 1.5, 2, 3}) {
      v.add(Preprocessing.auto().withScale(s));
    }
    v.add(Preprocessing.auto());
    v.add(Preprocessing.auto().withScale(1.5).withBinarize(true));
    v.add(Preprocessing.auto().withScale(1.5).withPadding(0));
    return v;
  }

  record Score(int errors, int chars, int exact, int total, double msPerImage, List<String> samples, double meanScale) {}

  static Score measure(OcrEngine engine, List<String> truths, List<BufferedImage> images, OcrOptions options) {
    int errors = 0;
    int chars = 0;
    int exact = 0;
    double scale = 0;
    List<String> samples = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < truths.size(); i++) {
      OcrResult r = engine.recognize(images.get(i), options);
      int e = Cer.errors(truths.get(i), r.text());
      errors += e;
      chars += Cer.length(truths.get(i));
      scale += r.scale();
      if (e == 0) {
        exact++;
      } else if (samples.size() < 3) {
        samples.add(truths.get(i) + " -> " + r.text());
      }
    }
    double ms = (System.nanoTime() - start) / 1e6 / truths.size();
    return new Score(errors, chars, exact, truths.size(), ms, samples, scale / truths.size());
  }

  static void report(String kind, String style, Preprocessing p, Score s) {
    String variant = String.format(Locale.ROOT, "scale=%s inv=%s bin=%s pad=%d", p.autoScale() ? "auto" : p.scale(),
        p.inversion(), p.binarize(), p.padding());
    System.out.printf(Locale.ROOT, "%-7s | %-50s | %-42s | CER %6.3f%% | exact %4d/%-4d | %5.1f ms | scale %.2f | %s%n",
        kind, style, variant, 100.0 * s.errors() / s.chars(), s.exact(), s.total(), s.msPerImage(), s.meanScale(),
        s.samples());
  }
}
