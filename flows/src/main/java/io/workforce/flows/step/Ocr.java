package io.workforce.flows.step;

import io.workforce.flows.SourceLocation;
import io.workforce.flows.expr.Template;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * {@code ocr}: reads text from a picture: an element's screenshot, a region of the page, or an
 * image file.
 *
 * @param source where the picture comes from
 * @param language Tesseract languages, e.g. {@code chi_sim+eng} (default) or {@code eng} (the
 *     default when {@code chars} are only ASCII letters, digits and punctuation)
 * @param field how the text is read and checked: {@code text} (default), {@code amount}, {@code
 *     id_number}, {@code credit_code}, {@code date}
 * @param chars the only characters the image can show (Tesseract's whitelist), ranges expanded;
 *     null = all (field {@code text} only)
 * @param pattern what the whole text must match; read again with other preprocessing until it does
 *     (field {@code text} only); null = any text
 * @param into the variable
 * @param timeout how long to wait for the element (null = default)
 */
public record Ocr(
    String path,
    SourceLocation location,
    Source source,
    String language,
    String field,
    String chars,
    Pattern pattern,
    String into,
    Duration timeout)
    implements Step {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /** Where the picture comes from. */
  public sealed interface Source {}

  /** A screenshot of an element. */
  public record Element(Selector selector) implements Source {}

  /** A region of the visible page, in CSS pixels. */
  public record Region(int x, int y, int width, int height) implements Source {}

  /** An image file (PNG, JPEG, TIFF…). */
  public record ImageFile(Template file) implements Source {}
}
