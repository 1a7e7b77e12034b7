package io.workforce.flows.parse;

import io.workforce.flows.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a flow file's bytes into text. Flow files are UTF-8 without a byte-order mark; anything
 * else is a problem with a message that names the encoding found and the place of the first bad
 * byte.
 */
final class Encoding {

  private Encoding() {}

  /** The text, or null when the bytes are not UTF-8 (a problem then says why and where). */
  static String decode(String file, byte[] bytes, Problems problems) {
    Messages m = problems.messages();
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      problems.add(SourceLocation.start(file), m.bomFound(), m.hintBom());
      return null;
    }
    if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
      problems.add(SourceLocation.start(file), m.utf16Found(), m.hintEncoding("UTF-16"));
      return null;
    }
    try {
      return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      SourceLocation at = firstBadByte(file, bytes);
      boolean gbk = decodes(bytes, Charset.forName("GB18030"));
      problems.add(at, gbk ? m.gbkFound() : m.notUtf8(), m.hintEncoding(gbk ? "GBK" : null));
      return null;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean decodes(byte[] bytes, Charset charset) {
    try {
      strict(charset).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * Line and column (in characters of the valid UTF-8 before it) of the first byte that is not
   * UTF-8.
   */
  private static SourceLocation firstBadByte(String file, byte[] bytes) {
    CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    out.flip();
    int line = 1;
    int col = 1;
    while (out.hasRemaining()) {
      char c = out.get();
      if (c == '\n') {
        line++;
        col = 1;
      } else if (!Character.isLowSurrogate(c)) {
        col++;
      }
    }
    return new SourceLocation(file, line, col);
  }
}
