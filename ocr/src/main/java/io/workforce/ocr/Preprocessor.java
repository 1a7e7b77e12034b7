package io.workforce.ocr;

import java.awt.image.BufferedImage;

/** Turns the caller's image (or a region of it) into the grey image Tesseract reads. */
final class Preprocessor {

  /**
   * Automatic scaling enlarges until the median glyph is this tall. Measured (docs/ocr.md,
   * PreprocessStudy): registry-style Chinese lines (median glyph 11 px) read best at 1.5× (CER 0.7
   * % against 1.2 % at 2×), English lines (8 px, the x-height) at 1.5–2×; 17 px gives 1.5× and 2×
   * for them.
   */
  static final double TARGET_GLYPH_HEIGHT = 17;

  static final double MAX_AUTO_SCALE = 4;

  /**
   * Automatic scaling keeps the image under this many pixels (a 4× full screen would take ~20 s to
   * read).
   */
  static final double MAX_AUTO_PIXELS = 12_000_000;

  /** The resolution of a screen shot. */
  static final int SCREEN_DPI = 96;

  private Preprocessor() {}

  static PreparedImage prepare(BufferedImage source, Box region, Preprocessing how, int sourceDpi) {
    BufferedImage cropped = crop(source, region);
    BufferedImage grey = GreyImage.of(cropped);
    byte[] pixels = GreyImage.pixels(grey);
    int[] hist = GreyImage.histogram(pixels);
    int background = GreyImage.background(hist);
    if (invert(how.inversion(), background)) {
      GreyImage.invert(pixels);
      hist = GreyImage.histogram(pixels);
      background = 255 - background;
    }
    double scale =
        how.autoScale()
            ? autoScale(pixels, grey.getWidth(), grey.getHeight(), GreyImage.otsu(hist))
            : how.scale();
    BufferedImage scaled = scale == 1 ? grey : GreyImage.scale(grey, scale);
    byte[] out = GreyImage.pixels(scaled);
    if (how.binarize()) {
      GreyImage.threshold(out, GreyImage.otsu(GreyImage.histogram(out)));
      background = background > 127 ? 255 : 0;
    }
    int pad = how.padding();
    byte[] padded =
        pad == 0 ? out : GreyImage.pad(out, scaled.getWidth(), scaled.getHeight(), pad, background);
    int originX = region == null ? 0 : region.x();
    int originY = region == null ? 0 : region.y();
    return new PreparedImage(
        padded,
        scaled.getWidth() + 2 * pad,
        scaled.getHeight() + 2 * pad,
        scale,
        pad,
        originX,
        originY,
        cropped.getWidth(),
        cropped.getHeight(),
        sourceDpi);
  }

  /**
   * The scale that brings the median glyph to {@link #TARGET_GLYPH_HEIGHT}: 1–4×, in steps of 0.5,
   * and no more than keeps the image under {@link #MAX_AUTO_PIXELS}.
   */
  static double autoScale(byte[] pixels, int width, int height, int threshold) {
    double glyph = GlyphHeights.median(pixels, width, height, threshold);
    if (glyph <= 0) {
      return 1;
    }
    double raw = TARGET_GLYPH_HEIGHT / glyph;
    double stepped = Math.round(raw * 2) / 2.0;
    double budget = Math.floor(Math.sqrt(MAX_AUTO_PIXELS / ((double) width * height)) * 2) / 2.0;
    return Math.max(1, Math.min(Math.min(MAX_AUTO_SCALE, budget), stepped));
  }

  private static boolean invert(Preprocessing.Inversion inversion, int background) {
    return switch (inversion) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> background < 128;
    };
  }

  private static BufferedImage crop(BufferedImage source, Box region) {
    if (region == null) {
      return source;
    }
    if (!region.fitsIn(source.getWidth(), source.getHeight())) {
      throw new IllegalArgumentException(
          Messages.say(
              "OCR 区域 "
                  + describe(region)
                  + " 超出图像 ("
                  + source.getWidth()
                  + "×"
                  + source.getHeight()
                  + ")",
              "OCR region "
                  + describe(region)
                  + " lies outside the image ("
                  + source.getWidth()
                  + "×"
                  + source.getHeight()
                  + ")"));
    }
    return source.getSubimage(region.x(), region.y(), region.width(), region.height());
  }

  private static String describe(Box b) {
    return "x=" + b.x() + " y=" + b.y() + " " + b.width() + "×" + b.height();
  }
}
