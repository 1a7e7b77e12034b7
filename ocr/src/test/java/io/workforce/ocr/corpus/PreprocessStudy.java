package io.workforce.ocr.corpus;

import io.workforce.ocr.OcrConfig;
import io.workforce.ocr.OcrEngine;
import io.workforce.ocr.OcrOptions;
import io.workforce.ocr.PageSegMode;
import io.workforce.ocr.Preprocessing;
import io.workforce.ocr.fields.CreditCodes;
import io.workforce.ocr.fields.IdNumbers;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Measures preprocessing choices on the registry-style corpus and prints a Markdown table (CER,
 * exact lines, CPU ms per image) — the numbers behind {@link Preprocessing#auto()}, the field
 * readers' sequences and docs/ocr.md. The first row of each kind is Debian's {@code tesseract}
 * command on the untreated PNG. Not a test; run by hand: {@code java -cp <ocr test classpath>
 * io.workforce.ocr.corpus.PreprocessStudy [kind...]}.
 */
public final class PreprocessStudy {

  record Kind(String name, String languages, String whitelist, List<String> lines) {}

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    List<String> only = List.of(args);
    List<Kind> kinds =
        List.of(
            new Kind("Chinese UI text", "chi_sim+eng", "", UiText.chinese(80, 11)),
            new Kind("English UI text", "chi_sim+eng", "", UiText.english(80, 12)),
            new Kind(
                "amounts",
                "chi_sim+eng",
                "0123456789,.-万亿元¥￥",
                FieldCorpus.amounts(200, 13).stream().map(FieldCorpus.Amount::text).toList()),
            new Kind("ID numbers", "eng", IdNumbers.ALPHABET, FieldCorpus.idNumbers(200, 14)),
            new Kind(
                "credit codes", "eng", CreditCodes.ALPHABET, FieldCorpus.creditCodes(200, 15)));
    System.out.println("| corpus | preprocessing | CER | exact | CPU ms/image |");
    System.out.println("| --- | --- | --- | --- | --- |");
    try (OcrEngine engine = OcrEngine.pool(OcrConfig.defaults().withEngines(1))) {
      for (Kind kind : kinds) {
        if (!only.isEmpty() && only.stream().noneMatch(kind.name()::startsWith)) {
          continue;
        }
        List<BufferedImage> images =
            kind.lines().stream().map(l -> ScreenRenderer.line(l, TextStyle.REGISTRY)).toList();
        row(kind.name(), "`tesseract` command, untreated PNG", cli(kind, images));
        for (Preprocessing p : variants()) {
          OcrOptions options =
              OcrOptions.defaults()
                  .withLanguages(kind.languages())
                  .withWhitelist(kind.whitelist())
                  .withPageSegMode(PageSegMode.SINGLE_LINE)
                  .withPreprocessing(p);
          row(
              kind.name(),
              describe(p),
              measure(kind.lines(), i -> engine.recognize(images.get(i), options).text()));
        }
      }
    }
  }

  static List<Preprocessing> variants() {
    return List.of(
        Preprocessing.none(),
        Preprocessing.auto().withScale(1),
        Preprocessing.auto().withScale(1.5),
        Preprocessing.auto().withScale(2),
        Preprocessing.auto().withScale(3),
        Preprocessing.auto(),
        Preprocessing.auto().withScale(2).withBinarize(true));
  }

  static String describe(Preprocessing p) {
    if (p.equals(Preprocessing.none())) {
      return "none (grey only)";
    }
    String scale = p.autoScale() ? "auto scale" : p.scale() + "×";
    return scale
        + (p.binarize() ? ", Otsu threshold" : "")
        + ", inversion auto, "
        + p.padding()
        + " px border";
  }

  record Score(int errors, int chars, int exact, int total, double cpuMs) {}

  interface Reader {
    String read(int index) throws Exception;
  }

  static Score measure(List<String> truths, Reader reader) throws Exception {
    int errors = 0;
    int chars = 0;
    int exact = 0;
    long cpu = CPU.getCurrentThreadCpuTime();
    for (int i = 0; i < truths.size(); i++) {
      int e = Cer.errors(truths.get(i), reader.read(i));
      errors += e;
      chars += Cer.length(truths.get(i));
      exact += e == 0 ? 1 : 0;
    }
    double cpuMs = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6 / truths.size();
    return new Score(errors, chars, exact, truths.size(), cpuMs);
  }

  /**
   * Debian's command on the PNG as it is, 40 images (it loads the model each time: wall time, not
   * CPU).
   */
  static Score cli(Kind kind, List<BufferedImage> images) throws Exception {
    Path dir = Files.createTempDirectory("ocr-study");
    int n = Math.min(40, images.size());
    List<String> truths = kind.lines().subList(0, n);
    long start = System.nanoTime();
    Score s =
        measure(
            truths,
            i -> {
              Path png = dir.resolve(i + ".png");
              ImageIO.write(images.get(i), "png", png.toFile());
              List<String> cmd =
                  new ArrayList<>(
                      List.of(
                          "tesseract",
                          png.toString(),
                          "stdout",
                          "-l",
                          kind.languages(),
                          "--psm",
                          "7"));
              if (!kind.whitelist().isEmpty()) {
                cmd.addAll(List.of("-c", "tessedit_char_whitelist=" + kind.whitelist()));
              }
              ProcessBuilder pb =
                  new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
              pb.environment().put("OMP_THREAD_LIMIT", "1");
              Process p = pb.start();
              String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
              p.waitFor();
              Files.delete(png);
              return out.strip();
            });
    Files.delete(dir);
    return new Score(
        s.errors(), s.chars(), s.exact(), s.total(), (System.nanoTime() - start) / 1e6 / n);
  }

  static void row(String kind, String variant, Score s) {
    System.out.printf(
        Locale.ROOT,
        "| %s | %s | %.2f %% | %d/%d | %.0f |%n",
        kind,
        variant,
        100.0 * s.errors() / s.chars(),
        s.exact(),
        s.total(),
        s.cpuMs());
  }
}
