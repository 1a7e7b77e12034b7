package io.workforce.bench.ocr;

import io.workforce.bench.Benchmark;
import io.workforce.bench.Figure;
import io.workforce.bench.Stats;
import io.workforce.ocr.OcrConfig;
import io.workforce.ocr.OcrEngine;
import io.workforce.ocr.OcrOptions;
import io.workforce.ocr.PageSegMode;
import io.workforce.ocr.corpus.FieldCorpus;
import io.workforce.ocr.corpus.ScreenRenderer;
import io.workforce.ocr.corpus.TextStyle;
import io.workforce.ocr.corpus.UiText;
import io.workforce.ocr.fields.IdNumbers;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * OCR speed, all in one run: a field image read in-process (reused engine) against the {@code
 * tesseract} command on the same PNG; the throughput of a 2-engine pool against 1 engine with two
 * threads; the time for a field image and for a full 1280×800 screen; and how many image
 * verification codes the ocr step reads right told its {@code chars} and {@code pattern}, against
 * told nothing.
 */
public final class OcrBenchmark implements Benchmark {

  /** How an ID-number field is read: English model, its 11 characters, one line. */
  static final OcrOptions FIELD =
      OcrOptions.defaults()
          .withLanguages("eng")
          .withWhitelist(IdNumbers.ALPHABET)
          .withPageSegMode(PageSegMode.SINGLE_LINE);

  @Override
  public String name() {
    return "ocr";
  }

  @Override
  public List<Figure> run(boolean quick) throws Exception {
    List<String> ids = FieldCorpus.idNumbers(quick ? 40 : 200, 7);
    List<BufferedImage> fields =
        ids.stream().map(id -> ScreenRenderer.line(id, TextStyle.REGISTRY)).toList();
    List<Figure> figures = new ArrayList<>();
    Stats inProcess;
    try (OcrEngine one = OcrEngine.pool(OcrConfig.defaults().withEngines(1))) {
      inProcess = perImage(one, fields.subList(0, quick ? 20 : 60), 5);
      Stats cli = TesseractCli.perImage(pngs(fields.subList(0, quick ? 8 : 30)), FIELD);
      figures.add(
          Figure.lowerIsBetter(
              "field image: in-process vs tesseract CLI (ms, median)",
              inProcess.median(),
              cli.median(),
              "ms",
              "ours " + inProcess.spread("ms") + "; CLI " + cli.spread("ms"),
              4.0));
      figures.add(
          Figure.reported(
              "field image 18 chars, 1 engine (ms, median)",
              inProcess.median(),
              "ms",
              inProcess.spread("ms")));
      Stats screen = screen(one, quick ? 2 : 5);
      figures.add(
          Figure.reported(
              "full screen 1280×800, chi_sim+eng (ms, median)",
              screen.median(),
              "ms",
              screen.spread("ms")));
    }
    figures.addAll(Throughput.twoEnginesVersusOne(fields, FIELD, quick ? 3 : 5));
    figures.addAll(CaptchaRate.toldVersusPlain(quick ? 30 : 100));
    return figures;
  }

  /** Milliseconds per read, after {@code warmUp} reads. */
  static Stats perImage(OcrEngine engine, List<BufferedImage> images, int warmUp) {
    for (int i = 0; i < warmUp; i++) {
      engine.recognize(images.get(i % images.size()), FIELD);
    }
    double[] ms = new double[images.size()];
    for (int i = 0; i < images.size(); i++) {
      long start = System.nanoTime();
      engine.recognize(images.get(i), FIELD);
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    return Stats.of(ms);
  }

  private static Stats screen(OcrEngine engine, int reps) {
    BufferedImage screen = ScreenRenderer.screen(UiText.screenRows(24, 7), TextStyle.REGISTRY);
    OcrOptions page = OcrOptions.defaults().withPageSegMode(PageSegMode.AUTO);
    engine.recognize(screen, page);
    double[] ms = new double[reps];
    for (int i = 0; i < reps; i++) {
      long start = System.nanoTime();
      engine.recognize(screen, page);
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    return Stats.of(ms);
  }

  private static List<Path> pngs(List<BufferedImage> images) throws Exception {
    Path dir = Files.createTempDirectory("workforce-ocr-bench");
    dir.toFile().deleteOnExit();
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < images.size(); i++) {
      Path file = dir.resolve("field-" + i + ".png");
      ImageIO.write(images.get(i), "png", file.toFile());
      file.toFile().deleteOnExit();
      files.add(file);
    }
    return files;
  }
}
