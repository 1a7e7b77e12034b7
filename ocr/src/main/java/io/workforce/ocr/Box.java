package io.workforce.ocr;

/**
 * A rectangle in image pixels (origin top left): a region to read or the box of a word that was
 * read.
 *
 * @param x left edge
 * @param y top edge
 * @param width width, &gt; 0
 * @param height height, &gt; 0
 */
public record Box(int x, int y, int width, int height) {

  public Box {
    if (x < 0 || y < 0 || width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          Messages.say(
              "区域无效: x=" + x + " y=" + y + " 宽=" + width + " 高=" + height + " (x, y 不能为负, 宽高须大于 0)",
              "invalid box: x="
                  + x
                  + " y="
                  + y
                  + " width="
                  + width
                  + " height="
                  + height
                  + " (x and y must not be negative, width and height must be positive)"));
    }
  }

  /** Right edge (exclusive). */
  public int right() {
    return x + width;
  }

  /** Bottom edge (exclusive). */
  public int bottom() {
    return y + height;
  }

  /** True when this box lies completely inside an image of the given size. */
  public boolean fitsIn(int imageWidth, int imageHeight) {
    return right() <= imageWidth && bottom() <= imageHeight;
  }
}
