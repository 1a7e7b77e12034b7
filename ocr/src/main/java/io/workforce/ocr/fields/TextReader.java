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
    super("text", languages, "", PageSegMode.SINGLE_BLOCK, List.of(Preprocessing.auto()), 1, 0);
  }

  @Override
  Parse interpret(String text) {
    String clean =
        (text == null ? "" : text)
            .lines()
            .map(l -> l.strip().replaceAll("\\s+", " "))
            .filter(l -> !l.isEmpty())
            .collect(Collectors.joining("\n"));
    if (clean.isEmpty()) {
      return new Parse.Rejected(Reason.UNREADABLE, "", "");
    }
    return new Parse.Ok(clean, clean);
  }
}
