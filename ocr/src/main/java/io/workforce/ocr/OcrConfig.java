package io.workforce.ocr;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of an engine pool.
 *
 * @param engines the most Tesseract engines alive at once (each uses one core while it reads and
 *     ~20–90 MB per loaded language); default one per core
 * @param tessdata the directory with {@code *.traineddata}, or null to find Debian's ({@code
 *     /usr/share/tesseract-ocr/5/tessdata}) or {@code $TESSDATA_PREFIX}
 * @param borrowTimeout how long a call waits for a free engine before it fails
 */
public record OcrConfig(int engines, Path tessdata, Duration borrowTimeout) {

  public OcrConfig {
    if (engines < 1 || engines > 256) {
      throw new IllegalArgumentException(
          Messages.say(
              "OCR 引擎数 " + engines + " 无效: 应在 1 到 256 之间",
              "OCR engine count " + engines + " is invalid: use 1 to 256"));
    }
    if (borrowTimeout == null || borrowTimeout.isNegative() || borrowTimeout.isZero()) {
      throw new IllegalArgumentException(
          Messages.say(
              "等待 OCR 引擎的超时 " + borrowTimeout + " 无效: 应为正数",
              "OCR borrow timeout " + borrowTimeout + " must be positive"));
    }
  }

  /** One engine per core, tessdata found automatically, 2 minutes' wait. */
  public static OcrConfig defaults() {
    return new OcrConfig(Runtime.getRuntime().availableProcessors(), null, Duration.ofMinutes(2));
  }

  public OcrConfig withEngines(int count) {
    return new OcrConfig(count, tessdata, borrowTimeout);
  }

  public OcrConfig withTessdata(Path directory) {
    return new OcrConfig(engines, directory, borrowTimeout);
  }

  public OcrConfig withBorrowTimeout(Duration timeout) {
    return new OcrConfig(engines, tessdata, timeout);
  }
}
