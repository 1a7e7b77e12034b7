package io.workforce.ocr.fields;

import io.workforce.ocr.Box;
import io.workforce.ocr.Messages;
import io.workforce.ocr.OcrBusinessException;
import io.workforce.ocr.OcrEngine;
import io.workforce.ocr.OcrOptions;
import io.workforce.ocr.OcrResult;
import io.workforce.ocr.OcrWord;
import io.workforce.ocr.PageSegMode;
import io.workforce.ocr.Preprocessing;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads an image with one preprocessing variant after another until the value checks out. A check
 * character (ID number, credit code) proves one read; values without one (amounts, dates) need two
 * reads that agree. A read whose words do not reach both ends of the ink dropped something and does
 * not count. Codes of fixed length that no line read gets right are finally read glyph by glyph.
 * Misreads at one scale are rarely repeated at another (measured: docs/ocr.md), so a reader that is
 * right 98–99 % of the time in one read becomes right on every image of our corpus.
 */
final class Attempts {

  /**
   * How a reader reads.
   *
   * @param variants options of each line read, in order
   * @param parser interprets a read
   * @param agreement valid reads that must give the same value
   * @param coverage whether a read must reach both ends of the ink
   * @param glyphs options for reading one glyph, or null when the value has no fixed length
   * @param length the fixed number of characters (for the glyph-by-glyph read)
   * @param listReads whether a failure lists every distinct text read (when the reader's check is
   *     the flow's own pattern, what was read is what its author needs to see)
   */
  record Plan(
      List<OcrOptions> variants,
      Function<String, Parse> parser,
      int agreement,
      boolean coverage,
      OcrOptions glyphs,
      int length,
      boolean listReads) {}

  private Attempts() {}

  static FieldValue read(
      String field,
      OcrEngine engine,
      BufferedImage image,
      Box region,
      float minConfidence,
      Plan plan) {
    Glyphs glyphs = Glyphs.of(image, region);
    int[] extent = glyphs.extent();
    int glyphRuns = glyphs.runs().size();
    int height = region == null ? image.getHeight() : region.height();
    Map<Object, Integer> votes = new LinkedHashMap<>();
    Map<Object, FieldValue> firstOf = new LinkedHashMap<>();
    List<Parse.Rejected> rejected = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int attempt = 0;
    for (OcrOptions options : plan.variants()) {
      Preprocessing p = options.preprocessing();
      if (!p.autoScale() && seen.contains(p.scale() + "/" + p.binarize())) {
        continue; // the automatic scale already read it this way: not an independent read
      }
      attempt++;
      OcrResult result = engine.recognize(image, options.withRegion(region));
      seen.add(result.scale() + "/" + p.binarize());
      Parse parse = plan.parser().apply(result.text());
      if (parse instanceof Parse.Rejected r) {
        rejected.add(r);
        continue;
      }
      if (plan.coverage()
          && !(covers(result, extent, Math.max(3, height / 2))
              && plausible(parse.text(), glyphRuns))) {
        rejected.add(
            new Parse.Rejected(
                OcrBusinessException.Reason.UNREADABLE,
                parse.text(),
                Messages.say("部分字符未识别", "some characters were not read")));
        continue;
      }
      Parse.Ok ok = (Parse.Ok) parse;
      int count = votes.merge(ok.value(), 1, Integer::sum);
      firstOf.putIfAbsent(
          ok.value(), new FieldValue(field, ok.value(), ok.text(), result.confidence(), attempt));
      if (count >= plan.agreement()) {
        return accept(firstOf.get(ok.value()), attempt, minConfidence);
      }
    }
    if (votes.size() == 1) {
      return accept(firstOf.values().iterator().next(), attempt, minConfidence);
    }
    if (votes.size() > 1) {
      throw new OcrBusinessException(
          field,
          firstOf.values().iterator().next().text(),
          OcrBusinessException.Reason.AMBIGUOUS,
          firstOf.values().stream().map(FieldValue::text).toList().toString());
    }
    FieldValue byGlyph =
        plan.glyphs() == null
            ? null
            : byGlyph(field, engine, image, region, glyphs, plan, attempt + 1);
    if (byGlyph != null) {
      return accept(byGlyph, byGlyph.attempts(), minConfidence);
    }
    Parse.Rejected most = mostCommon(rejected);
    if (plan.listReads()) {
      most = withReads(most, rejected);
    }
    throw most.toException(field);
  }

  /** The rejection with every distinct text read appended to its detail, in the order read. */
  private static Parse.Rejected withReads(Parse.Rejected most, List<Parse.Rejected> rejected) {
    List<String> texts =
        rejected.stream()
            .map(r -> r.text().isEmpty() ? Messages.say("(空)", "(empty)") : "\"" + r.text() + "\"")
            .distinct()
            .toList();
    String reads =
        Messages.say(
            rejected.size() + " 次读取得到 " + String.join(", ", texts),
            rejected.size() + " reads gave " + String.join(", ", texts));
    return new Parse.Rejected(
        most.reason(), most.text(), most.detail().isEmpty() ? reads : most.detail() + "; " + reads);
  }

  /**
   * True when the characters read are at least half as many as the runs of ink columns: each digit,
   * letter or punctuation mark of a regular screen font is a run of its own, a Chinese character
   * one or two (bold glyphs touch, so there may be fewer runs, never many more). A read of "9" from
   * an image with twelve runs dropped most of it, however well its word box spans the line.
   */
  static boolean plausible(String text, int glyphRuns) {
    int characters = text.replaceAll("\\s+", "").length();
    return characters * 2 >= glyphRuns;
  }

  /** True when the words read reach both ends of the ink (within {@code tolerance} pixels). */
  static boolean covers(OcrResult result, int[] extent, int tolerance) {
    if (extent == null) {
      return true;
    }
    List<OcrWord> words = result.words().stream().filter(w -> !w.text().isBlank()).toList();
    if (words.isEmpty()) {
      return false;
    }
    int left = words.stream().mapToInt(w -> w.box().x()).min().orElseThrow();
    int right = words.stream().mapToInt(w -> w.box().right()).max().orElseThrow();
    return left <= extent[0] + tolerance && right >= extent[1] - tolerance;
  }

  /**
   * Each run of ink columns read on its own: one glyph as a character, a wider run (two glyphs
   * touching, like DejaVu's {@code 3J}) as a line. Null unless the runs are about as many as the
   * characters.
   */
  private static FieldValue byGlyph(
      String field,
      OcrEngine engine,
      BufferedImage image,
      Box region,
      Glyphs glyphs,
      Plan plan,
      int attempt) {
    List<int[]> runs = glyphs.runs();
    if (runs.size() > plan.length() || runs.size() < plan.length() - 3) {
      return null;
    }
    int regionY = region == null ? 0 : region.y();
    int regionHeight = region == null ? image.getHeight() : region.height();
    int[] widths = runs.stream().mapToInt(r -> r[1] - r[0]).sorted().toArray();
    int median = widths[widths.length / 2];
    StringBuilder text = new StringBuilder();
    double confidence = 0;
    for (int[] run : runs) {
      // Exactly the glyph's columns: a margin takes in a neighbour's edge, which turns 2 into 12.
      boolean wide = run[1] - run[0] > median * 1.4;
      OcrOptions options =
          wide ? plan.glyphs().withPageSegMode(PageSegMode.SINGLE_LINE) : plan.glyphs();
      OcrResult r =
          engine.recognize(
              image, options.withRegion(new Box(run[0], regionY, run[1] - run[0], regionHeight)));
      text.append(r.text().strip());
      confidence += r.confidence();
    }
    Parse parse = plan.parser().apply(text.toString());
    return parse instanceof Parse.Ok ok
        ? new FieldValue(field, ok.value(), ok.text(), (float) (confidence / runs.size()), attempt)
        : null;
  }

  private static FieldValue accept(FieldValue value, int attempts, float minConfidence) {
    if (value.confidence() < minConfidence) {
      throw new OcrBusinessException(
          value.field(),
          value.text(),
          OcrBusinessException.Reason.LOW_CONFIDENCE,
          String.format("%.0f < %.0f", value.confidence(), minConfidence));
    }
    return new FieldValue(value.field(), value.value(), value.text(), value.confidence(), attempts);
  }

  /**
   * The rejection whose text was read most often: the likeliest reading of what the image really
   * shows.
   */
  private static Parse.Rejected mostCommon(List<Parse.Rejected> rejected) {
    Map<String, List<Parse.Rejected>> byText = new LinkedHashMap<>();
    rejected.forEach(r -> byText.computeIfAbsent(r.text(), k -> new ArrayList<>()).add(r));
    return byText.values().stream()
        .max((a, b) -> Integer.compare(a.size(), b.size()))
        .orElseThrow()
        .get(0);
  }
}
