package io.workforce.ocr;

import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

/**
 * One Tesseract engine with its languages loaded. Loading costs 0.2–0.5 s, a read of a field 15–40
 * ms, so handles are kept and reused. Not thread-safe: the pool lends each handle to one thread at
 * a time.
 */
final class TessHandle {

  private final TessAPI api;
  private final TessBaseAPI handle;
  private final String languages;

  private TessHandle(TessAPI api, TessBaseAPI handle, String languages) {
    this.api = api;
    this.handle = handle;
    this.languages = languages;
  }

  /** Loads the languages (already checked to exist) from {@code tessdata}. */
  static TessHandle open(TessAPI api, Tessdata tessdata, String languages) {
    TessBaseAPI handle = api.TessBaseAPICreate();
    int rc =
        api.TessBaseAPIInit2(
            handle, tessdata.directory().toString(), languages, TessOcrEngineMode.OEM_LSTM_ONLY);
    if (rc != 0) {
      api.TessBaseAPIDelete(handle);
      throw new OcrFailedException(
          Messages.say(
              "Tesseract 无法加载语言 "
                  + languages
                  + " (目录 "
                  + tessdata.directory()
                  + ", 返回码 "
                  + rc
                  + "); 语言文件可能已损坏",
              "Tesseract could not load languages "
                  + languages
                  + " from "
                  + tessdata.directory()
                  + " (code "
                  + rc
                  + "); the language files may be damaged"),
          null);
    }
    // Tesseract's own retry of weak lines inverted (tessedit_do_invert) stays on: our preprocessing
    // inverts
    // the whole image by its background, but a screen also has light-on-dark title bars; measured
    // cost on
    // a 1280×800 screen +16 % CPU, none on field images.
    api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
    return new TessHandle(api, handle, languages);
  }

  String languages() {
    return languages;
  }

  /** Reads an 8-bit grey image. */
  List<RawWord> read(PreparedImage image, int pageSegMode, String whitelist) {
    ByteBuffer pixels = ByteBuffer.allocateDirect(image.pixels().length);
    pixels.put(image.pixels()).flip();
    try {
      api.TessBaseAPISetPageSegMode(handle, pageSegMode);
      api.TessBaseAPISetVariable(handle, "tessedit_char_whitelist", whitelist);
      api.TessBaseAPISetImage(handle, pixels, image.width(), image.height(), 1, image.width());
      api.TessBaseAPISetSourceResolution(handle, image.dpi());
      int rc = api.TessBaseAPIRecognize(handle, null);
      if (rc != 0) {
        throw new OcrFailedException(
            Messages.say(
                "Tesseract 识别失败 (返回码 " + rc + ")",
                "Tesseract failed to recognise the image (code " + rc + ")"),
            null);
      }
      return words();
    } finally {
      api.TessBaseAPIClear(handle);
    }
  }

  private List<RawWord> words() {
    List<RawWord> words = new ArrayList<>();
    TessResultIterator it = api.TessBaseAPIGetIterator(handle);
    if (it == null) {
      return words;
    }
    try {
      TessPageIterator page = api.TessResultIteratorGetPageIterator(it);
      IntBuffer left = IntBuffer.allocate(1);
      IntBuffer top = IntBuffer.allocate(1);
      IntBuffer right = IntBuffer.allocate(1);
      IntBuffer bottom = IntBuffer.allocate(1);
      do {
        Pointer text = api.TessResultIteratorGetUTF8Text(it, TessPageIteratorLevel.RIL_WORD);
        if (text == null) {
          continue;
        }
        String word = text.getString(0, "UTF-8");
        api.TessDeleteText(text);
        float confidence = api.TessResultIteratorConfidence(it, TessPageIteratorLevel.RIL_WORD);
        api.TessPageIteratorBoundingBox(
            page, TessPageIteratorLevel.RIL_WORD, left, top, right, bottom);
        boolean lineStart =
            api.TessPageIteratorIsAtBeginningOf(page, TessPageIteratorLevel.RIL_TEXTLINE) != 0;
        words.add(
            new RawWord(
                word, left.get(0), top.get(0), right.get(0), bottom.get(0), confidence, lineStart));
      } while (api.TessResultIteratorNext(it, TessPageIteratorLevel.RIL_WORD) != 0);
    } finally {
      api.TessResultIteratorDelete(it);
    }
    return words;
  }

  /**
   * Reads several rectangles of one image, each as a single line (the second pass of a mixed-script
   * read).
   *
   * @param boxes {left, top, right, bottom} in prepared-image pixels
   */
  List<List<RawWord>> readLines(PreparedImage image, List<int[]> boxes, String whitelist) {
    ByteBuffer pixels = ByteBuffer.allocateDirect(image.pixels().length);
    pixels.put(image.pixels()).flip();
    List<List<RawWord>> lines = new ArrayList<>();
    try {
      api.TessBaseAPISetPageSegMode(handle, PageSegMode.SINGLE_LINE.tesseractValue());
      api.TessBaseAPISetVariable(handle, "tessedit_char_whitelist", whitelist);
      api.TessBaseAPISetImage(handle, pixels, image.width(), image.height(), 1, image.width());
      api.TessBaseAPISetSourceResolution(handle, image.dpi());
      for (int[] b : boxes) {
        api.TessBaseAPISetRectangle(handle, b[0], b[1], b[2] - b[0], b[3] - b[1]);
        int rc = api.TessBaseAPIRecognize(handle, null);
        if (rc != 0) {
          throw new OcrFailedException(
              Messages.say(
                  "Tesseract 识别失败 (返回码 " + rc + ")",
                  "Tesseract failed to recognise the image (code " + rc + ")"),
              null);
        }
        lines.add(words());
      }
      return lines;
    } finally {
      api.TessBaseAPIClear(handle);
    }
  }

  /** Frees the engine's native memory. */
  void close() {
    api.TessBaseAPIEnd(handle);
    api.TessBaseAPIDelete(handle);
  }

  /** A word in the coordinates of the prepared image. */
  record RawWord(
      String text, int left, int top, int right, int bottom, float confidence, boolean lineStart) {}
}
