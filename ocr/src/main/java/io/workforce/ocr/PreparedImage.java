package io.workforce.ocr;

/**
 * An 8-bit grey image ready for Tesseract, and how to map its coordinates back to the caller's image.
 *
 * @param pixels one byte per pixel, row by row
 * @param width width in pixels
 * @param height height in pixels
 * @param scale the enlargement applied
 * @param padding the border added on each side, in prepared pixels
 * @param originX x of the read region in the caller's image
 * @param originY y of the read region in the caller's image
 * @param sourceDpi the resolution of the caller's image (96 for screens, 300 for rendered PDF pages)
 */
record PreparedImage(byte[] pixels, int width, int height, double scale, int padding, int originX, int originY,
                     int sourceDpi) {

  /** The source's resolution times the scale: keeps Tesseract's size heuristics (in points) right. */
  int dpi() {
    return (int) Math.round(sourceDpi * scale);
  }

  /** A box in prepared-image coordinates mapped back to the caller's image (clipped at 0). */
  Box toSource(int left, int top, int right, int bottom) {
    int x = (int) Math.floor((left - padding) / scale);
    int y = (int) Math.floor((top - padding) / scale);
    int r = (int) Math.ceil((right - padding) / scale);
    int b = (int) Math.ceil((bottom - padding) / scale);
    x = Math.max(0, x);
    y = Math.max(0, y);
    return new Box(originX + x, originY + y, Math.max(1, r - x), Math.max(1, b - y));
  }
}
