package io.workforce.ocr;

/**
 * One word as Tesseract found it.
 *
 * @param text the word
 * @param box where it is, in the coordinates of the image passed to {@link OcrEngine#recognize}
 * @param confidence Tesseract's confidence, 0–100
 */
public record OcrWord(String text, Box box, float confidence) {}
