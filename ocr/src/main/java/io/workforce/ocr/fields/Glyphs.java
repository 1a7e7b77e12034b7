package io.workforce.ocr.fields;

import io.workforce.ocr.Box;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the ink is, column by column: the horizontal extent of the text (to notice a read that
 * dropped characters) and the runs of ink columns between blank ones (single glyphs of a code in
 * screen fonts).
 */
final class Glyphs {

  private final boolean[] ink;
  private final int originX;

  private Glyphs(boolean[] ink, int originX) {
    this.ink = ink;
    this.originX = originX;
  }

  /**
   * Ink columns of the image (or region): pixels that differ from the background by over a third of
   * the contrast.
   */
  static Glyphs of(BufferedImage image, Box region) {
    int x0 = region == null ? 0 : region.x();
    int y0 = region == null ? 0 : region.y();
    int w = region == null ? image.getWidth() : region.width();
    int h = region == null ? image.getHeight() : region.height();
    int[] lum = new int[w * h];
    int[] hist = new int[256];
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      image.getRGB(x0, y0 + y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int p = row[x];
        int l = (299 * ((p >> 16) & 0xff) + 587 * ((p >> 8) & 0xff) + 114 * (p & 0xff)) / 1000;
        lum[y * w + x] = l;
        hist[l]++;
      }
    }
    int background = 0;
    for (int i = 1; i < 256; i++) {
      background = hist[i] > hist[background] ? i : background;
    }
    int contrast = 0;
    for (int l : lum) {
      contrast = Math.max(contrast, Math.abs(l - background));
    }
    int threshold = Math.max(24, contrast / 3);
    boolean[] ink = new boolean[w];
    for (int i = 0; i < lum.length; i++) {
      if (Math.abs(lum[i] - background) > threshold) {
        ink[i % w] = true;
      }
    }
    return new Glyphs(ink, x0);
  }

  /** {first, last + 1} ink column in image coordinates, or null when the image is blank. */
  int[] extent() {
    int first = -1;
    int last = -1;
    for (int x = 0; x < ink.length; x++) {
      if (ink[x]) {
        first = first < 0 ? x : first;
        last = x;
      }
    }
    return first < 0 ? null : new int[] {originX + first, originX + last + 1};
  }

  /** Runs of ink columns, {from, to} in image coordinates. */
  List<int[]> runs() {
    List<int[]> runs = new ArrayList<>();
    int x = 0;
    while (x < ink.length) {
      if (!ink[x]) {
        x++;
        continue;
      }
      int start = x;
      while (x < ink.length && ink[x]) {
        x++;
      }
      runs.add(new int[] {originX + start, originX + x});
    }
    return runs;
  }
}
