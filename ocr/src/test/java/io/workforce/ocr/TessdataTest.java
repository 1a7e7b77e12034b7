package io.workforce.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TessdataTest {

  @TempDir Path temp;

  @Test
  void findsTheLanguagesOfAConfiguredDirectory() throws Exception {
    Files.createFile(temp.resolve("eng.traineddata"));
    Files.createFile(temp.resolve("chi_sim.traineddata"));
    Tessdata data = Tessdata.locate(temp, null);
    assertThat(data.directory()).isEqualTo(temp);
    assertThat(data.languages()).containsExactly("chi_sim", "eng");
  }

  @Test
  void aMissingLanguageNamesTheDebianPackageToInstall() throws Exception {
    Files.createFile(temp.resolve("eng.traineddata"));
    Tessdata data = Tessdata.locate(temp, null);
    assertThatThrownBy(() -> data.require(List.of("eng", "chi_sim")))
        .isInstanceOfSatisfying(
            OcrUnavailableException.class,
            e -> assertThat(e.debianPackage()).isEqualTo("tesseract-ocr-chi-sim"))
        .hasMessageContaining("chi_sim")
        .hasMessageContaining("apt-get install -y tesseract-ocr-chi-sim")
        .hasMessageContaining(temp.toString());
  }

  @Test
  void noLanguageDataAnywhereListsWhereItLooked() {
    assertThatThrownBy(() -> Tessdata.locate(temp, null))
        .isInstanceOf(OcrUnavailableException.class)
        .hasMessageContaining(temp.toString())
        .hasMessageContaining("tesseract-ocr-eng");
  }

  @Test
  void tessdataPrefixIsTriedBeforeDebiansDirectories() throws Exception {
    Path data = Files.createDirectories(temp.resolve("tessdata"));
    Files.createFile(data.resolve("eng.traineddata"));
    assertThat(Tessdata.candidates(null, temp.toString())).startsWith(temp, data);
    assertThat(Tessdata.locate(null, temp.toString()).directory()).isEqualTo(data);
  }

  @Test
  void debianVersionDirectoriesAreTriedNewestFirst() throws Exception {
    Files.createDirectories(temp.resolve("4.00/tessdata"));
    Files.createDirectories(temp.resolve("5/tessdata"));
    assertThat(Tessdata.debianVersions(temp))
        .containsExactly(temp.resolve("5/tessdata"), temp.resolve("4.00/tessdata"));
  }

  @Test
  void debianPackageNamesUseDashes() {
    assertThat(Tessdata.debianPackage("chi_tra")).isEqualTo("tesseract-ocr-chi-tra");
    assertThat(Tessdata.debianPackage("eng")).isEqualTo("tesseract-ocr-eng");
  }
}
