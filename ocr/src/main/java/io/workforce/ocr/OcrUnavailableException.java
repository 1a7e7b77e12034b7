package io.workforce.ocr;

/**
 * Tesseract or one of its languages is not installed on this machine. The message names the Debian
 * package to install, e.g. {@code tesseract-ocr-chi-sim}.
 */
public final class OcrUnavailableException extends OcrException {

  private final String debianPackage;

  OcrUnavailableException(String message, String debianPackage, Throwable cause) {
    super(message, cause);
    this.debianPackage = debianPackage;
  }

  /** The Debian package that provides what is missing. */
  public String debianPackage() {
    return debianPackage;
  }

  @Override
  public boolean isBusinessError() {
    return false;
  }
}
