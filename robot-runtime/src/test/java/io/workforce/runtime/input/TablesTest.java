package io.workforce.runtime.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV decoding: read exactly or not at all, never a U+FFFD slipped into a run. */
class TablesTest {

  static final Charset GB18030 = Charset.forName("GB18030");

  @TempDir Path dir;

  @Test
  void aCsvSavedOnChineseWindowsIsReadAsGb18030EvenBeyondGbk() throws Exception {
    // 𠀀 (U+20000) is in GB18030 but not in GBK: the old GBK fallback made it U+FFFD
    Path file = Files.write(dir.resolve("gb.csv"), "姓名,备注\n王𠀀,好\n".getBytes(GB18030));
    assertThat(Tables.csv(file, null, ','))
        .containsExactly(List.of("姓名", "备注"), List.of("王𠀀", "好"));
  }

  @Test
  void bytesThatAreNeitherUtf8NorGb18030AreRefusedNamingTheFileAndLine() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {'x', ',', (byte) 0xFF, (byte) 0xFF, '\n'});
    Path file = Files.write(dir.resolve("bad.csv"), bytes.toByteArray());
    assertThatThrownBy(() -> Tables.csv(file, null, ','))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(file + ":3")
        .hasMessageContaining("UTF-8")
        .hasMessageContaining("GB18030");
  }

  @Test
  void aNamedEncodingIsDecodedStrictlyToo() throws Exception {
    Path file = Files.write(dir.resolve("named.csv"), "a\n中\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> Tables.csv(file, "US-ASCII", ','))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(file + ":2")
        .hasMessageContaining("US-ASCII");
  }
}
