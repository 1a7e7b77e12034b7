package io.workforce.bench.ocr;

import io.workforce.bench.Stats;
import io.workforce.ocr.OcrOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The baseline: Debian's {@code tesseract} command, one process per image (model loaded every
 * time).
 */
final class TesseractCli {

  private TesseractCli() {}

  /** Milliseconds per image, process start to exit, after one warm-up run (file cache). */
  static Stats perImage(List<Path> images, OcrOptions options)
      throws IOException, InterruptedException {
    run(images.get(0), options);
    double[] ms = new double[images.size()];
    for (int i = 0; i < images.size(); i++) {
      long start = System.nanoTime();
      run(images.get(i), options);
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    return Stats.of(ms);
  }

  private static String run(Path image, OcrOptions options)
      throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(
            "tesseract",
            image.toString(),
            "stdout",
            "-l",
            options.languages(),
            "--psm",
            String.valueOf(options.pageSegMode().tesseractValue()),
            "-c",
            "tessedit_char_whitelist=" + options.whitelist());
    pb.environment()
        .putIfAbsent("OMP_THREAD_LIMIT", "1"); // the same one thread per engine as in-process
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("tesseract exited with " + p.exitValue() + " on " + image);
    }
    return out.strip();
  }
}
