package io.workforce.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NativeTesseractTest {

  @Test
  void aMissingLibraryNamesTheDebianPackageAndWhatWasTried() {
    List<String> tried = new ArrayList<>();
    assertThatThrownBy(
            () ->
                NativeTesseract.load(
                    name -> {
                      tried.add(name);
                      throw new UnsatisfiedLinkError("Unable to load library '" + name + "'");
                    },
                    List.of("tesseract", "/usr/lib/x86_64-linux-gnu/libtesseract.so.5")))
        .isInstanceOfSatisfying(
            OcrUnavailableException.class,
            e -> assertThat(e.debianPackage()).isEqualTo("libtesseract5"))
        .hasMessageContaining("libtesseract5")
        .hasMessageContaining("tesseract, /usr/lib/x86_64-linux-gnu/libtesseract.so.5");
    assertThat(tried).hasSize(2);
  }

  @Test
  void theFirstNameThatLoadsWins() {
    assertThat(
            NativeTesseract.load(
                name -> {
                  if (name.equals("tesseract")) {
                    throw new UnsatisfiedLinkError("no symlink");
                  }
                  return null; // stands in for the loaded library
                },
                List.of("tesseract", "libtesseract.so.5")))
        .isNull();
  }

  @Test
  void jnasOwnSearchComesFirst() {
    assertThat(NativeTesseract.candidates()).first().isEqualTo("tesseract");
  }
}
