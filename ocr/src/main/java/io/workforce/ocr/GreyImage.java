package io.workforce.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Pixel work on 8-bit grey images: conversion, inversion, Otsu's threshold, scaling, padding. */
final class GreyImage {

  private GreyImage() {}

  /**
   * Luminance (Rec. 601) of every pixel; transparent pixels count as white, as a browser shows
   * them.
   */
  static BufferedImage of(BufferedImage source) {
    int w = source.getWidth();
    int h = source.getHeight();
    BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    byte[] out = pixels(grey);
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      source.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int argb = row[x];
        int a = argb >>> 24;
        int lum =
            (299 * ((argb >> 16) & 0xff) + 587 * ((argb >> 8) & 0xff) + 114 * (argb & 0xff)) / 1000;
        out[y * w + x] = (byte) ((lum * a + 255 * (255 - a)) / 255);
      }
    }
    return grey;
  }

  static byte[] pixels(BufferedImage grey) {
    return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
  }

  static int[] histogram(byte[] pixels) {
    int[] hist = new int[256];
    for (byte p : pixels) {
      hist[p & 0xff]++;
    }
    return hist;
  }

  /** Otsu's threshold: the grey level that best separates ink from background. */
  static int otsu(int[] hist) {
    long total = 0;
    long sum = 0;
    for (int i = 0; i < 256; i++) {
      total += hist[i];
      sum += (long) i * hist[i];
    }
    long sumBelow = 0;
    long below = 0;
    double best = -1;
    int threshold = 127;
    for (int i = 0; i < 256; i++) {
      below += hist[i];
      if (below == 0) {
        continue;
      }
      long above = total - below;
      if (above == 0) {
        break;
      }
      sumBelow += (long) i * hist[i];
      double meanBelow = (double) sumBelow / below;
      double meanAbove = (double) (sum - sumBelow) / above;
      double between = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
      if (between > best) {
        best = between;
        threshold = i;
      }
    }
    return threshold;
  }

  /** The most common grey level: on a screen shot, the background. */
  static int background(int[] hist) {
    int mode = 0;
    for (int i = 1; i < 256; i++) {
      if (hist[i] > hist[mode]) {
        mode = i;
      }
    }
    return mode;
  }

  static void invert(byte[] pixels) {
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (byte) (255 - (pixels[i] & 0xff));
    }
  }

  static void threshold(byte[] pixels, int threshold) {
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (byte) ((pixels[i] & 0xff) > threshold ? 255 : 0);
    }
  }

  /** Bicubic enlargement (or reduction). */
  static BufferedImage scale(BufferedImage grey, double factor) {
    int w = Math.max(1, (int) Math.round(grey.getWidth() * factor));
    int h = Math.max(1, (int) Math.round(grey.getHeight() * factor));
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.drawImage(grey, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  /** A copy with a border of {@code fill} on every side. */
  static byte[] pad(byte[] pixels, int w, int h, int padding, int fill) {
    int pw = w + 2 * padding;
    byte[] out = new byte[pw * (h + 2 * padding)];
    java.util.Arrays.fill(out, (byte) fill);
    for (int y = 0; y < h; y++) {
      System.arraycopy(pixels, y * w, out, (y + padding) * pw + padding, w);
    }
    return out;
  }
}
