package io.workforce.ocr;

/**
 * An 8-bit grey image ready for Tesseract, and how to map its coordinates back to the caller's
 * image.
 *
 * @param pixels one byte per pixel, row by row
 * @param width width in pixels
 * @param height height in pixels
 * @param scale the enlargement applied
 * @param padding the border added on each side, in prepared pixels
 * @param originX x of the read region in the caller's image
 * @param originY y of the read region in the caller's image
 * @param sourceWidth width of the read region (or image) in the caller's pixels
 * @param sourceHeight height of the read region (or image)
 * @param sourceDpi the resolution of the caller's image (96 for screens, 300 for rendered PDF
 *     pages)
 */
record PreparedImage(
    byte[] pixels,
    int width,
    int height,
    double scale,
    int padding,
    int originX,
    int originY,
    int sourceWidth,
    int sourceHeight,
    int sourceDpi) {

  /**
   * The source's resolution times the scale: keeps Tesseract's size heuristics (in points) right.
   */
  int dpi() {
    return (int) Math.round(sourceDpi * scale);
  }

  /**
   * A box in prepared-image coordinates mapped back to the caller's image, clipped to the read
   * region.
   */
  Box toSource(int left, int top, int right, int bottom) {
    int x = clip((int) Math.floor((left - padding) / scale), sourceWidth - 1);
    int y = clip((int) Math.floor((top - padding) / scale), sourceHeight - 1);
    int r = clip((int) Math.ceil((right - padding) / scale), sourceWidth);
    int b = clip((int) Math.ceil((bottom - padding) / scale), sourceHeight);
    return new Box(originX + x, originY + y, Math.max(1, r - x), Math.max(1, b - y));
  }

  private static int clip(int value, int max) {
    return Math.max(0, Math.min(max, value));
  }
}
