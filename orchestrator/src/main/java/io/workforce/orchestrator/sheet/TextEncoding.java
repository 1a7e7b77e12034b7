package io.workforce.orchestrator.sheet;

import io.workforce.orchestrator.api.InvalidRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which encoding a text file (CSV) is in: UTF-8 when every byte decodes as UTF-8, else GB18030
 * (which contains GBK and GB2312, what Excel and WPS write as "CSV" on Chinese Windows) when every
 * byte decodes as that; else the file is refused, naming the first line that is neither. No
 * character is ever replaced: a file is read exactly or not at all.
 */
final class TextEncoding {

  static final Charset GB18030 = Charset.forName("GB18030");

  private TextEncoding() {}

  static Charset of(String fileName, Path file) throws IOException {
    long utf8Error = firstBadLine(file, StandardCharsets.UTF_8);
    if (utf8Error == 0) {
      return StandardCharsets.UTF_8;
    }
    if (firstBadLine(file, GB18030) == 0) {
      return GB18030;
    }
    throw InvalidRequestException.field(
        "file",
        fileName
            + ":"
            + utf8Error
            + ": 第 "
            + utf8Error
            + " 行既不是 UTF-8 也不是 GB18030 (GBK) 编码的文字; 请在 Excel 或 WPS 中另存为 \"CSV UTF-8 (逗号分隔)\"",
        fileName
            + ":"
            + utf8Error
            + ": line "
            + utf8Error
            + " is neither UTF-8 nor GB18030 (GBK) text; save the file as \"CSV UTF-8 (comma"
            + " delimited)\" in Excel or WPS");
  }

  /**
   * The number of the first line (from 1) that does not decode in {@code charset}, or 0 when all
   * do.
   */
  private static long firstBadLine(Path file, Charset charset) throws IOException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    long line = 1;
    try (InputStream stream = Files.newInputStream(file)) {
      boolean end = false;
      while (!end) {
        int n = stream.read(in.array(), in.position(), in.remaining());
        end = n < 0;
        in.position(in.position() + Math.max(n, 0));
        in.flip();
        while (true) {
          int start = in.position();
          CoderResult r = decoder.decode(in, out, end);
          line += newlines(in, start, in.position());
          out.clear();
          if (r.isError()) {
            return line;
          }
          if (r.isUnderflow()) {
            break;
          }
        }
        in.compact();
      }
      CoderResult r = decoder.flush(out);
      return r.isError() ? line : 0;
    }
  }

  private static long newlines(ByteBuffer bytes, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      if (bytes.get(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}
