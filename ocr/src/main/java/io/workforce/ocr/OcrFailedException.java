package io.workforce.ocr;

/** The engine failed or was busy for too long: an environment problem, worth a retry. */
public final class OcrFailedException extends OcrException {

  OcrFailedException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean isBusinessError() {
    return false;
  }
}
