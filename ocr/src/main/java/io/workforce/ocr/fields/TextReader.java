package io.workforce.ocr.fields;

import io.workforce.ocr.OcrBusinessException.Reason;
import io.workforce.ocr.OcrOptions;
import io.workforce.ocr.PageSegMode;
import io.workforce.ocr.Preprocessing;
import java.util.List;
import java.util.stream.Collectors;

/** Any text (Chinese and English), one or more lines; spaces within a line collapsed. One read. */
final class TextReader extends BaseReader {

  TextReader() {
    this(OcrOptions.DEFAULT_LANGUAGES);
  }

  TextReader(String languages) {
    this(languages, "");
  }

  /**
   * @param whitelist the only characters Tesseract may return (the flow's {@code chars}), or empty
   */
  TextReader(String languages, String whitelist) {
    super(
        "text",
        languages,
        whitelist,
        PageSegMode.SINGLE_BLOCK,
        List.of(Preprocessing.auto()),
        1,
        0);
  }

  @Override
  Parse interpret(String text) {
    String clean = clean(text);
    if (clean.isEmpty()) {
      return new Parse.Rejected(Reason.UNREADABLE, "", "");
    }
    return new Parse.Ok(clean, clean);
  }

  /** Lines stripped, blank ones dropped, runs of spaces within a line made one. */
  static String clean(String text) {
    return (text == null ? "" : text)
        .lines()
        .map(l -> l.strip().replaceAll("\\s+", " "))
        .filter(l -> !l.isEmpty())
        .collect(Collectors.joining("\n"));
  }
}
