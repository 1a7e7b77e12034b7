package io.workforce.controlcenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks on the app's source that a browser test would catch only page by page. */
class StaticAppTest {

  static final Path APP = Path.of("src/main/resources/static/app");

  @Test
  void everyTextKeyTheAppUsesHasAChineseAndAnEnglishText() throws IOException {
    Set<String> used = new TreeSet<>();
    for (Path js : scripts()) {
      Matcher m = Pattern.compile("\\bt\\('([a-zA-Z0-9_.]+)'").matcher(read(js));
      while (m.find()) {
        if (!m.group(1).endsWith(".")) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(300);
    Set<String> zh = keys("zh.js");
    Set<String> en = keys("en.js");
    assertThat(zh).as("keys missing in messages/zh.js").containsAll(used);
    assertThat(en).as("keys missing in messages/en.js").containsAll(used);
    assertThat(en).as("zh and en have the same keys").isEqualTo(zh);
  }

  @Test
  void onlyPrismsEscapedOutputIsEverInsertedAsHtml() throws IOException {
    for (Path js : scripts()) {
      String text = read(js).replaceAll("(?m)^\\s*//.*$", "");
      long uses =
          Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write")
              .matcher(text)
              .results()
              .count();
      if (js.endsWith("code.js")) {
        assertThat(uses).as(js.toString()).isEqualTo(1);
        assertThat(text).contains("code.innerHTML = P.highlight(");
      } else {
        assertThat(uses).as(js + " must build the DOM with dom.js h(), not HTML strings").isZero();
      }
    }
  }

  @Test
  void nothingIsLoadedFromOutsideTheOrchestrator() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(APP.getParent())) {
      files =
          s.filter(Files::isRegularFile)
              .filter(p -> p.toString().matches(".*\\.(js|html|css)$"))
              .toList();
    }
    for (Path f : files) {
      assertThat(read(f))
          .as(f.toString())
          .doesNotContainPattern("(src|href)=[\"']?(https?:)?//")
          .doesNotContainPattern("import\\s.*from\\s+['\"]https?:")
          .doesNotContain("@import url(http");
    }
  }

  private static Set<String> keys(String file) throws IOException {
    Set<String> keys = new TreeSet<>();
    Matcher m =
        Pattern.compile("'([a-zA-Z0-9_.]+)':\\s")
            .matcher(read(APP.resolve("messages").resolve(file)));
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  private static List<Path> scripts() throws IOException {
    try (Stream<Path> s = Files.walk(APP)) {
      return s.filter(p -> p.toString().endsWith(".js") && !p.toString().contains("messages"))
          .toList();
    }
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
