package io.workforce.ocr;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What to read and how. Start from {@link #defaults()} and change what you need: {@code
 * OcrOptions.defaults().withLanguages("eng").withWhitelist("0123456789")}.
 *
 * @param languages Tesseract languages joined by {@code +}, e.g. {@code chi_sim+eng} (Chinese
 *     first: the other order puts spaces between Chinese characters)
 * @param pageSegMode how the image is split into text
 * @param whitelist the only characters Tesseract may return, or empty for all
 * @param region the part of the image to read, or null for all of it
 * @param minConfidence words below this confidence (0–100) are left out of {@link OcrResult#text()}
 * @param preprocessing how the image is prepared
 */
public record OcrOptions(
    String languages,
    PageSegMode pageSegMode,
    String whitelist,
    Box region,
    float minConfidence,
    Preprocessing preprocessing) {

  /** The default languages: simplified Chinese, then English. */
  public static final String DEFAULT_LANGUAGES = "chi_sim+eng";

  private static final Pattern LANGUAGES = Pattern.compile("[a-z][a-z0-9_]*(\\+[a-z][a-z0-9_]*)*");

  public OcrOptions {
    if (languages == null || !LANGUAGES.matcher(languages).matches()) {
      throw new IllegalArgumentException(
          Messages.say(
              "OCR 语言 \"" + languages + "\" 无效: 应为用 + 连接的 Tesseract 语言代码, 例如 chi_sim+eng 或 eng",
              "OCR languages \""
                  + languages
                  + "\" are invalid: use Tesseract codes joined by +, e.g. chi_sim+eng or eng"));
    }
    if (pageSegMode == null || preprocessing == null) {
      throw new IllegalArgumentException("pageSegMode and preprocessing must not be null");
    }
    whitelist = whitelist == null ? "" : whitelist;
    if (minConfidence < 0 || minConfidence > 100 || Float.isNaN(minConfidence)) {
      throw new IllegalArgumentException(
          Messages.say(
              "最低置信度 " + minConfidence + " 无效: 应在 0 到 100 之间",
              "minimum confidence " + minConfidence + " is invalid: use 0 to 100"));
    }
  }

  /**
   * chi_sim+eng, one block of text, no whitelist, the whole image, no minimum, automatic
   * preprocessing.
   */
  public static OcrOptions defaults() {
    return new OcrOptions(
        DEFAULT_LANGUAGES, PageSegMode.SINGLE_BLOCK, "", null, 0, Preprocessing.auto());
  }

  /** The languages as a list, in order. */
  public List<String> languageList() {
    return Arrays.asList(languages.split("\\+"));
  }

  public OcrOptions withLanguages(String newLanguages) {
    return new OcrOptions(
        newLanguages, pageSegMode, whitelist, region, minConfidence, preprocessing);
  }

  public OcrOptions withPageSegMode(PageSegMode mode) {
    return new OcrOptions(languages, mode, whitelist, region, minConfidence, preprocessing);
  }

  public OcrOptions withWhitelist(String characters) {
    return new OcrOptions(languages, pageSegMode, characters, region, minConfidence, preprocessing);
  }

  public OcrOptions withRegion(Box newRegion) {
    return new OcrOptions(
        languages, pageSegMode, whitelist, newRegion, minConfidence, preprocessing);
  }

  public OcrOptions withMinConfidence(float confidence) {
    return new OcrOptions(languages, pageSegMode, whitelist, region, confidence, preprocessing);
  }

  public OcrOptions withPreprocessing(Preprocessing newPreprocessing) {
    return new OcrOptions(
        languages, pageSegMode, whitelist, region, minConfidence, newPreprocessing);
  }
}
