package io.workforce.ocr;

/** How Tesseract splits the image into text (its {@code --psm}); the common subset. */
public enum PageSegMode {
  /** Find columns, blocks and lines itself: full screens and scanned pages ({@code --psm 3}). */
  AUTO(3),
  /** One block of text, one or more lines: a panel or a cell ({@code --psm 6}). */
  SINGLE_BLOCK(6),
  /** Exactly one line: a field value ({@code --psm 7}). */
  SINGLE_LINE(7),
  /** One word ({@code --psm 8}). */
  SINGLE_WORD(8),
  /** One character ({@code --psm 10}). */
  SINGLE_CHAR(10),
  /** Scattered text in no particular order: screens with many small labels ({@code --psm 11}). */
  SPARSE_TEXT(11);

  private final int tesseractValue;

  PageSegMode(int tesseractValue) {
    this.tesseractValue = tesseractValue;
  }

  /** The number Tesseract uses. */
  public int tesseractValue() {
    return tesseractValue;
  }
}
