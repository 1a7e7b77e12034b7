package io.workforce.ocr;

/**
 * How an image is prepared before Tesseract sees it. Screens show small anti-aliased text that
 * Tesseract's models (trained on ~30 px high print) read better when enlarged; the measured effect
 * of each step is in {@code docs/ocr.md}. The image is always converted to 8-bit grey (luminance).
 *
 * @param scale enlargement factor (bicubic), 0.25–8; {@link #AUTO_SCALE} (0) picks it from the
 *     measured height of the text lines
 * @param inversion whether to turn light-on-dark text into dark-on-light
 * @param binarize whether to threshold to black and white (Otsu); usually worse for anti-aliased
 *     screen text, sometimes better for noisy scans
 * @param padding background border added on every side, in pixels of the scaled image
 */
public record Preprocessing(double scale, Inversion inversion, boolean binarize, int padding) {

  /** {@link #scale} value that asks for an automatic choice. */
  public static final double AUTO_SCALE = 0;

  /** Whether to invert the image. */
  public enum Inversion {
    /** Invert when the background is darker than the text. */
    AUTO,
    /** Always invert. */
    ALWAYS,
    /** Never invert. */
    NEVER
  }

  public Preprocessing {
    if (scale != AUTO_SCALE && (scale < 0.25 || scale > 8 || Double.isNaN(scale))) {
      throw new IllegalArgumentException(
          Messages.say(
              "预处理缩放倍数 " + scale + " 无效: 应在 0.25 到 8 之间, 或 0 表示自动",
              "preprocessing scale " + scale + " is invalid: use 0.25 to 8, or 0 for automatic"));
    }
    if (padding < 0 || padding > 200) {
      throw new IllegalArgumentException(
          Messages.say(
              "预处理边距 " + padding + " 无效: 应在 0 到 200 像素之间",
              "preprocessing padding " + padding + " is invalid: use 0 to 200 pixels"));
    }
    if (inversion == null) {
      throw new IllegalArgumentException("inversion must not be null");
    }
  }

  /** Automatic: scale by text height, invert light-on-dark, no thresholding, 10 px border. */
  public static Preprocessing auto() {
    return new Preprocessing(AUTO_SCALE, Inversion.AUTO, false, 10);
  }

  /** Nothing but the grey conversion: the image as it is. */
  public static Preprocessing none() {
    return new Preprocessing(1, Inversion.NEVER, false, 0);
  }

  /** The same, with a fixed scale. */
  public Preprocessing withScale(double newScale) {
    return new Preprocessing(newScale, inversion, binarize, padding);
  }

  public Preprocessing withInversion(Inversion newInversion) {
    return new Preprocessing(scale, newInversion, binarize, padding);
  }

  public Preprocessing withBinarize(boolean newBinarize) {
    return new Preprocessing(scale, inversion, newBinarize, padding);
  }

  public Preprocessing withPadding(int newPadding) {
    return new Preprocessing(scale, inversion, binarize, newPadding);
  }

  /** True when the scale is chosen automatically. */
  public boolean autoScale() {
    return scale == AUTO_SCALE;
  }
}
