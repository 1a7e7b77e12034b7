package io.workforce.ocr;

import io.workforce.ocr.corpus.ScreenRenderer;
import io.workforce.ocr.corpus.TextStyle;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a line, then prints how many native threads without a Java name (OpenMP's workers) exist.
 */
public final class OpenMpProbe {

  public static void main(String[] args) throws Exception {
    try (OcrEngine ocr = OcrEngine.pool(OcrConfig.defaults().withEngines(1))) {
      ocr.recognize(
          ScreenRenderer.line("Registered capital", TextStyle.REGISTRY),
          OcrOptions.defaults().withLanguages("eng").withPageSegMode(PageSegMode.SINGLE_LINE));
      long unnamed = 0;
      try (var tasks = Files.list(Path.of("/proc/self/task"))) {
        for (Path task : tasks.toList()) {
          unnamed += Files.readString(task.resolve("comm")).strip().equals("java") ? 1 : 0;
        }
      }
      // the main thread and the launcher thread are also called "java"
      System.out.println("openmp-workers=" + (unnamed - 2));
    }
  }
}
