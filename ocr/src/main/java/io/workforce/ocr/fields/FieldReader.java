package io.workforce.ocr.fields;

import io.workforce.ocr.Box;
import io.workforce.ocr.Messages;
import io.workforce.ocr.OcrBusinessException;
import io.workforce.ocr.OcrEngine;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Reads one kind of value from an image, by the name a flow uses:
 *
 * <ul>
 *   <li>{@code amount} — {@code 1,200.00万元}, {@code ¥3,456.70}, full-width digits; the value in
 *       yuan ({@link java.math.BigDecimal});
 *   <li>{@code id_number} — 18-character resident ID; the ISO 7064 MOD 11-2 check character is
 *       verified;
 *   <li>{@code credit_code} — 18-character unified social credit code; the GB 32100 check is
 *       verified;
 *   <li>{@code date} — {@code 2024-03-05}, {@code 2024年3月5日}, {@code 2024/03/05}, {@code 20240305};
 *       a {@link java.time.LocalDate};
 *   <li>{@code text} — any text, spaces normalised.
 * </ul>
 *
 * A reader knows the characters its value may contain (Tesseract is told them) and checks what it
 * read; when a read fails the check it reads again with other preprocessing. When no read checks
 * out it throws {@link OcrBusinessException} with the value read and the reason — never a wrong
 * value.
 */
public sealed interface FieldReader permits BaseReader {

  /**
   * The reader called {@code name}; throws with the valid names (and the closest) when there is
   * none.
   */
  static FieldReader named(String name) {
    for (FieldReader reader : all()) {
      if (reader.name().equals(name)) {
        return reader;
      }
    }
    String suggestion = Suggest.closest(name, names());
    throw new IllegalArgumentException(
        Messages.say(
            "未知的 OCR 字段类型 \""
                + name
                + "\"; 可用: "
                + String.join(", ", names())
                + (suggestion == null ? "" : " (是否想用 " + suggestion + "?)"),
            "unknown OCR field reader \""
                + name
                + "\"; known: "
                + String.join(", ", names())
                + (suggestion == null ? "" : " (did you mean " + suggestion + "?)")));
  }

  /**
   * The {@code text} reader with other languages, e.g. {@code eng} for English-only screens. The
   * other readers choose their own models (digits and code letters: {@code eng}; 万元 and 年月日: {@code
   * chi_sim+eng}), measured to read their values best; a flow's {@code language} is meant for
   * {@code text}.
   *
   * @throws IllegalArgumentException when {@code languages} is not of the form {@code chi_sim+eng}
   */
  static FieldReader text(String languages) {
    io.workforce.ocr.OcrOptions.defaults()
        .withLanguages(languages); // validates with a clear message
    return new TextReader(languages);
  }

  /**
   * The {@code text} reader told what it reads (the ocr step's {@code chars} and {@code pattern}).
   *
   * @param languages Tesseract languages, e.g. {@code eng}
   * @param chars the only characters Tesseract may return (its whitelist), or null/empty for all
   * @param pattern what the whole text must match (spaces between characters aside): reads again
   *     with other preprocessing until two reads match and agree; null for any text (one read)
   * @throws IllegalArgumentException when {@code languages} is not of the form {@code chi_sim+eng}
   */
  static FieldReader text(String languages, String chars, java.util.regex.Pattern pattern) {
    String whitelist = chars == null ? "" : chars;
    io.workforce.ocr.OcrOptions.defaults()
        .withLanguages(languages); // validates with a clear message
    return pattern == null
        ? new TextReader(languages, whitelist)
        : new PatternReader(languages, whitelist, pattern);
  }

  /** The readers' names: {@code amount, id_number, credit_code, date, text}. */
  static List<String> names() {
    return all().stream().map(FieldReader::name).toList();
  }

  private static List<FieldReader> all() {
    return List.of(
        new AmountReader(),
        new IdNumberReader(),
        new CreditCodeReader(),
        new DateReader(),
        new TextReader());
  }

  /** The name a flow uses, e.g. {@code id_number}. */
  String name();

  /** Reads the whole image, which should show the value (and little else). */
  default FieldValue read(OcrEngine engine, BufferedImage image) {
    return read(engine, image, null, 0);
  }

  /**
   * Reads the value shown in {@code region} of the image (null: all of it).
   *
   * @param minConfidence a read below this Tesseract confidence (0–100) is a business error
   * @throws OcrBusinessException when no read gives a valid value (reason and value read inside)
   */
  FieldValue read(OcrEngine engine, BufferedImage image, Box region, float minConfidence);

  /**
   * Interprets text read elsewhere (a page's DOM, a full-screen OCR): finds the value in it and
   * checks it.
   *
   * @throws OcrBusinessException when the text holds no valid value
   */
  FieldValue parse(String text);
}
