package io.workforce.samples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormsTest {

  private static final Charset GBK = Charset.forName("GBK");

  @Test
  void decodesAFormPostedFromAGbkPage() {
    String body = "qymc=" + URLEncoder.encode("杭州瑞泰", GBK) + "&pageNo=2";
    assertThat(Forms.parse(body, GBK))
        .containsEntry("qymc", List.of("杭州瑞泰"))
        .containsEntry("pageNo", List.of("2"));
  }

  @Test
  void garblesGbkBytesReadAsUtf8AsAWrongServerWould() {
    String body = "qymc=" + URLEncoder.encode("杭州", GBK);
    assertThat(Forms.parse(body, StandardCharsets.UTF_8).get("qymc").get(0)).isNotEqualTo("杭州");
  }

  @Test
  void keepsRepeatedNamesEmptyValuesAndMalformedEscapes() {
    assertThat(Forms.parse("a=1&a=2&b=&c&d=%zz", StandardCharsets.UTF_8))
        .containsEntry("a", List.of("1", "2"))
        .containsEntry("b", List.of(""))
        .containsEntry("c", List.of(""))
        .containsEntry("d", List.of("%zz"));
  }
}
