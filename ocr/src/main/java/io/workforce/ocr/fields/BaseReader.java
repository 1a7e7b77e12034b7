package io.workforce.ocr.fields;

import io.workforce.ocr.Box;
import io.workforce.ocr.OcrEngine;
import io.workforce.ocr.OcrOptions;
import io.workforce.ocr.PageSegMode;
import io.workforce.ocr.Preprocessing;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * What every reader shares: its name, the characters it may read, its preprocessing sequence, its
 * check.
 */
abstract sealed class BaseReader implements FieldReader
    permits AmountReader, IdNumberReader, CreditCodeReader, DateReader, TextReader, PatternReader {

  /**
   * Values without a check character: two cheap scales that each read registry amounts right in one
   * read 98.5 %+ of the time (1×: 197/200, 1.5×: 199/200 exact text; docs/ocr.md), then larger
   * ones; thresholding only hurts here.
   */
  static final List<Preprocessing> UNCHECKED_SEQUENCE =
      List.of(scale(1), scale(1.5), scale(2), scale(2.5), scale(3));

  /**
   * Codes with a check character: 2× first (ID numbers 200/200 at every scale, credit codes 189/200
   * in one read at 1.5–2×, 191/200 at 3×; docs/ocr.md), then the others; the check character
   * catches the misreads.
   */
  static final List<Preprocessing> CHECKED_SEQUENCE =
      List.of(scale(2), scale(1.5), scale(3), scale(1), scale(2.5), scale(2).withBinarize(true));

  private final String name;
  private final Attempts.Plan plan;

  /**
   * @param sequence preprocessing of each read, in order
   * @param agreement reads that must agree (1 when a check character proves a read)
   * @param length the fixed length of the value, for a last glyph-by-glyph read; 0 when not fixed
   */
  BaseReader(
      String name,
      String languages,
      String whitelist,
      PageSegMode mode,
      List<Preprocessing> sequence,
      int agreement,
      int length) {
    this(name, languages, whitelist, mode, sequence, agreement, length, false);
  }

  /**
   * @param listReads whether a failure lists every distinct text read
   */
  BaseReader(
      String name,
      String languages,
      String whitelist,
      PageSegMode mode,
      List<Preprocessing> sequence,
      int agreement,
      int length,
      boolean listReads) {
    this.name = name;
    OcrOptions base =
        OcrOptions.defaults()
            .withLanguages(languages)
            .withWhitelist(whitelist)
            .withPageSegMode(mode);
    OcrOptions glyph = length == 0 ? null : base.withPageSegMode(PageSegMode.SINGLE_CHAR);
    // A check character proves a read; values without one also need the read to cover the ink.
    boolean coverage = agreement > 1 && mode == PageSegMode.SINGLE_LINE;
    this.plan =
        new Attempts.Plan(
            sequence.stream().map(base::withPreprocessing).toList(),
            this::interpret,
            agreement,
            coverage,
            glyph,
            length,
            listReads);
  }

  static Preprocessing scale(double factor) {
    return Preprocessing.auto().withScale(factor);
  }

  @Override
  public String name() {
    return name;
  }

  /** Interprets (already read) text as this field's value. */
  abstract Parse interpret(String text);

  @Override
  public FieldValue read(OcrEngine engine, BufferedImage image, Box region, float minConfidence) {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(image, "image");
    return Attempts.read(name, engine, image, region, minConfidence, plan);
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
