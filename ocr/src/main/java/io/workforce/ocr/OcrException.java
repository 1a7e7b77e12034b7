package io.workforce.ocr;

/**
 * Root of every OCR failure. A {@link OcrBusinessException} says the data on the image is wrong or
 * unreadable (the item fails, a retry would read the same); the others say the machine is not ready
 * ({@link OcrUnavailableException}) or the engine failed ({@link OcrFailedException}) and a retry
 * may help.
 */
public abstract sealed class OcrException extends RuntimeException
    permits OcrBusinessException, OcrUnavailableException, OcrFailedException {

  OcrException(String message, Throwable cause) {
    super(message, cause);
  }

  /** True when the failure is about the data (do not retry), false when about the environment. */
  public abstract boolean isBusinessError();
}
