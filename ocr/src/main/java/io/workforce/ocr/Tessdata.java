package io.workforce.ocr;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the directory with Tesseract's language files: a configured one, {@code $TESSDATA_PREFIX},
 * or the Debian locations ({@code /usr/share/tesseract-ocr/<version>/tessdata}, newest version
 * first).
 */
record Tessdata(Path directory, Set<String> languages) {

  private static final String SUFFIX = ".traineddata";

  /**
   * Finds the directory; throws {@link OcrUnavailableException} naming the package when none
   * exists.
   */
  static Tessdata locate(Path configured, String tessdataPrefix) {
    List<Path> candidates = candidates(configured, tessdataPrefix);
    for (Path dir : candidates) {
      Set<String> languages = languagesIn(dir);
      if (!languages.isEmpty()) {
        return new Tessdata(dir, languages);
      }
    }
    String tried =
        candidates.stream().map(Path::toString).reduce((a, b) -> a + ", " + b).orElse("-");
    throw new OcrUnavailableException(
        Messages.say(
            "找不到 Tesseract 语言数据 (*.traineddata), 已查找: "
                + tried
                + ". 请安装 Debian 软件包: apt-get install -y tesseract-ocr-chi-sim tesseract-ocr-eng",
            "No Tesseract language data (*.traineddata) found; looked in: "
                + tried
                + ". Install the Debian packages: apt-get install -y tesseract-ocr-chi-sim tesseract-ocr-eng"),
        "tesseract-ocr-eng",
        null);
  }

  /** Throws a clear error naming the Debian package when a requested language is not installed. */
  void require(List<String> wanted) {
    for (String language : wanted) {
      if (!languages.contains(language)) {
        String pkg = debianPackage(language);
        throw new OcrUnavailableException(
            Messages.say(
                "OCR 语言 \""
                    + language
                    + "\" 未安装 (在 "
                    + directory
                    + " 中没有 "
                    + language
                    + SUFFIX
                    + "; 已安装: "
                    + String.join(", ", languages)
                    + "). 请安装 Debian 软件包 "
                    + pkg
                    + ": apt-get install -y "
                    + pkg,
                "OCR language \""
                    + language
                    + "\" is not installed (no "
                    + language
                    + SUFFIX
                    + " in "
                    + directory
                    + "; installed: "
                    + String.join(", ", languages)
                    + "). Install the Debian package "
                    + pkg
                    + ": apt-get install -y "
                    + pkg),
            pkg,
            null);
      }
    }
  }

  /** {@code chi_sim} → {@code tesseract-ocr-chi-sim}, as Debian names its language packages. */
  static String debianPackage(String language) {
    return "tesseract-ocr-" + language.replace('_', '-').toLowerCase(java.util.Locale.ROOT);
  }

  static List<Path> candidates(Path configured, String tessdataPrefix) {
    List<Path> dirs = new ArrayList<>();
    if (configured != null) {
      dirs.add(configured);
      return dirs;
    }
    if (tessdataPrefix != null && !tessdataPrefix.isBlank()) {
      Path prefix = Path.of(tessdataPrefix);
      dirs.add(prefix);
      dirs.add(prefix.resolve("tessdata"));
    }
    dirs.addAll(debianVersions(Path.of("/usr/share/tesseract-ocr")));
    dirs.add(Path.of("/usr/share/tessdata"));
    dirs.add(Path.of("/usr/local/share/tessdata"));
    return dirs;
  }

  /** {@code /usr/share/tesseract-ocr/<v>/tessdata}, highest version first (5 before 4.00). */
  static List<Path> debianVersions(Path root) {
    List<Path> found = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return found;
    }
    try (DirectoryStream<Path> versions = Files.newDirectoryStream(root)) {
      versions.forEach(v -> found.add(v.resolve("tessdata")));
    } catch (IOException e) {
      return found;
    }
    found.sort(
        Comparator.comparing((Path p) -> versionNumber(p.getParent().getFileName().toString()))
            .reversed());
    return found;
  }

  private static double versionNumber(String name) {
    try {
      return Double.parseDouble(name);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static Set<String> languagesIn(Path dir) {
    Set<String> languages = new TreeSet<>();
    if (!Files.isDirectory(dir)) {
      return languages;
    }
    try (Stream<Path> files = Files.list(dir)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(SUFFIX))
          .forEach(n -> languages.add(n.substring(0, n.length() - SUFFIX.length())));
    } catch (IOException e) {
      return languages;
    }
    return languages;
  }
}
