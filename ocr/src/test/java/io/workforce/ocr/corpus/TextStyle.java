package io.workforce.ocr.corpus;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * How a line of screen text is drawn.
 *
 * @param name short name for reports
 * @param font font family
 * @param style {@link Font#PLAIN} or {@link Font#BOLD}
 * @param sizePx font size in pixels
 * @param foreground text colour
 * @param background background colour
 * @param antialias greyscale anti-aliasing (on every modern screen) or none (old bitmap rendering)
 * @param padX padding left and right
 * @param padY padding top and bottom
 */
public record TextStyle(
    String name,
    String font,
    int style,
    int sizePx,
    Color foreground,
    Color background,
    boolean antialias,
    int padX,
    int padY) {

  /**
   * The sample registry's value images (CONTRACTS.md): Noto Sans CJK SC 14 px, grey AA, #222 on
   * #FAFAFA.
   */
  public static final TextStyle REGISTRY =
      new TextStyle(
          "registry: Noto Sans CJK SC 14px",
          "Noto Sans CJK SC",
          Font.PLAIN,
          14,
          new Color(0x222222),
          new Color(0xFAFAFA),
          true,
          4,
          3);

  /**
   * Other common UI looks: sizes 12–16 px, Arial/DejaVu/Times metrics, a light-on-dark table
   * header.
   */
  public static final List<TextStyle> OTHERS =
      List.of(
          new TextStyle(
              "Noto Sans CJK SC 12px",
              "Noto Sans CJK SC",
              Font.PLAIN,
              12,
              new Color(0x333333),
              Color.WHITE,
              true,
              4,
              3),
          new TextStyle(
              "Noto Sans CJK SC 16px",
              "Noto Sans CJK SC",
              Font.PLAIN,
              16,
              Color.BLACK,
              Color.WHITE,
              true,
              6,
              4),
          new TextStyle(
              "header: Noto Sans CJK SC 14px bold, white on blue",
              "Noto Sans CJK SC",
              Font.BOLD,
              14,
              Color.WHITE,
              new Color(0x2F5597),
              true,
              6,
              4),
          new TextStyle(
              "DejaVu Sans 13px",
              "DejaVu Sans",
              Font.PLAIN,
              13,
              new Color(0x333333),
              new Color(0xF5F5F5),
              true,
              4,
              3),
          new TextStyle(
              "Liberation Sans (Arial) 14px",
              "Liberation Sans",
              Font.PLAIN,
              14,
              Color.BLACK,
              Color.WHITE,
              true,
              4,
              3),
          new TextStyle(
              "Noto Serif CJK SC 16px",
              "Noto Serif CJK SC",
              Font.PLAIN,
              16,
              Color.BLACK,
              Color.WHITE,
              true,
              6,
              4));

  /** The registry style first, then the others. */
  public static List<TextStyle> all() {
    List<TextStyle> all = new java.util.ArrayList<>();
    all.add(REGISTRY);
    all.addAll(OTHERS);
    return all;
  }

  public Font awtFont() {
    return new Font(font, style, sizePx);
  }
}
