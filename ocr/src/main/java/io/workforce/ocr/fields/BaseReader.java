package io.workforce.ocr.fields;

import io.workforce.ocr.Box;
import io.workforce.ocr.OcrEngine;
import io.workforce.ocr.OcrOptions;
import io.workforce.ocr.PageSegMode;
import io.workforce.ocr.Preprocessing;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/** What every reader shares: its name, the characters it may read, its preprocessing sequence, its check. */
abstract sealed class BaseReader implements FieldReader
    permits AmountReader, IdNumberReader, CreditCodeReader, DateReader, TextReader {

  private final String name;
  private final List<OcrOptions> variants;
  private final int agreement;

  /**
   * @param scales the preprocessing scales to try, in order (0 = automatic)
   * @param agreement reads that must agree (1 when a check character proves a read)
   */
  BaseReader(String name, String languages, String whitelist, PageSegMode mode, List<Double> scales, int agreement) {
    this.name = name;
    OcrOptions base = OcrOptions.defaults().withLanguages(languages).withWhitelist(whitelist).withPageSegMode(mode);
    this.variants = scales.stream().map(s -> base.withPreprocessing(Preprocessing.auto().withScale(s))).toList();
    this.agreement = agreement;
  }

  @Override
  public String name() {
    return name;
  }

  /** The options of each read, in order (for callers who want to read once themselves). */
  List<OcrOptions> variants() {
    return variants;
  }

  /** Interprets (already read) text as this field's value. */
  abstract Parse interpret(String text);

  @Override
  public FieldValue read(OcrEngine engine, BufferedImage image, Box region, float minConfidence) {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(image, "image");
    return Attempts.read(name, engine, image, region, minConfidence, variants, this::interpret, agreement);
  }

  @Override
  public FieldValue parse(String text) {
    Parse parse = interpret(text);
    if (parse instanceof Parse.Rejected r) {
      throw r.toException(name);
    }
    Parse.Ok ok = (Parse.Ok) parse;
    return new FieldValue(name, ok.value(), ok.text(), 100, 0);
  }

  @Override
  public String toString() {
    return name;
  }
}
