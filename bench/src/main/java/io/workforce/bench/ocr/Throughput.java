package io.workforce.bench.ocr;

import io.workforce.bench.Figure;
import io.workforce.bench.Stats;
import io.workforce.ocr.OcrConfig;
import io.workforce.ocr.OcrEngine;
import io.workforce.ocr.OcrOptions;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Images per second with two threads reading through a pool of 2 engines against a pool of 1. */
final class Throughput {

  private Throughput() {}

  static Figure twoEnginesVersusOne(List<BufferedImage> images, OcrOptions options, int rounds) throws Exception {
    double[] two = new double[rounds];
    double[] one = new double[rounds];
    try (OcrEngine pool2 = OcrEngine.pool(OcrConfig.defaults().withEngines(2));
         OcrEngine pool1 = OcrEngine.pool(OcrConfig.defaults().withEngines(1))) {
      imagesPerSecond(pool2, images.subList(0, 8), options); // loads both engines
      imagesPerSecond(pool1, images.subList(0, 8), options);
      for (int r = 0; r < rounds; r++) { // interleaved, so that other load on the machine hits both alike
        two[r] = imagesPerSecond(pool2, images, options);
        one[r] = imagesPerSecond(pool1, images, options);
      }
    }
    Stats s2 = Stats.of(two);
    Stats s1 = Stats.of(one);
    return Figure.higherIsBetter("throughput, 2 threads: 2-engine pool vs 1 engine (field images/s)", s2.median(),
        s1.median(), "img/s", "2 engines " + s2.spread("img/s") + "; 1 engine " + s1.spread("img/s"), 1.7);
  }

  private static double imagesPerSecond(OcrEngine engine, List<BufferedImage> images, OcrOptions options)
      throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      long start = System.nanoTime();
      List<Future<?>> done = new ArrayList<>();
      for (BufferedImage image : images) {
        done.add(threads.submit(() -> engine.recognize(image, options)));
      }
      for (Future<?> f : done) {
        f.get();
      }
      return images.size() / ((System.nanoTime() - start) / 1e9);
    } finally {
      threads.shutdownNow();
    }
  }
}
