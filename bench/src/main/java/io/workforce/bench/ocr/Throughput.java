package io.workforce.bench.ocr;

import com.sun.management.OperatingSystemMXBean;
import io.workforce.bench.Figure;
import io.workforce.bench.Stats;
import io.workforce.ocr.OcrConfig;
import io.workforce.ocr.OcrEngine;
import io.workforce.ocr.OcrOptions;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Images per second with two threads reading through a pool of 2 engines against a pool of 1. Also
 * reports how many cores the 2-engine runs actually got (process CPU time over wall time) and their
 * CPU time per image: on a machine busy with other work the wall-clock ratio can only be as good as
 * that.
 */
final class Throughput {

  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private Throughput() {}

  /** One timed batch: images per second, cores used, CPU milliseconds per image. */
  record Run(double imagesPerSecond, double cores, double cpuMsPerImage) {}

  static List<Figure> twoEnginesVersusOne(
      List<BufferedImage> images, OcrOptions options, int rounds) throws Exception {
    List<Run> two = new ArrayList<>();
    List<Run> one = new ArrayList<>();
    try (OcrEngine pool2 = OcrEngine.pool(OcrConfig.defaults().withEngines(2));
        OcrEngine pool1 = OcrEngine.pool(OcrConfig.defaults().withEngines(1))) {
      run(pool2, images.subList(0, 8), options); // loads both engines
      run(pool1, images.subList(0, 8), options);
      for (int r = 0;
          r < rounds;
          r++) { // interleaved, so that other load on the machine hits both alike
        two.add(run(pool2, images, options));
        one.add(run(pool1, images, options));
      }
    }
    Stats s2 = Stats.of(two.stream().mapToDouble(Run::imagesPerSecond).toArray());
    Stats s1 = Stats.of(one.stream().mapToDouble(Run::imagesPerSecond).toArray());
    Stats cores = Stats.of(two.stream().mapToDouble(Run::cores).toArray());
    Stats cpu2 = Stats.of(two.stream().mapToDouble(Run::cpuMsPerImage).toArray());
    Stats cpu1 = Stats.of(one.stream().mapToDouble(Run::cpuMsPerImage).toArray());
    return List.of(
        Figure.higherIsBetter(
            "throughput, 2 threads: 2-engine pool vs 1 engine (field images/s)",
            s2.median(),
            s1.median(),
            "img/s",
            "2 engines " + s2.spread("img/s") + "; 1 engine " + s1.spread("img/s"),
            1.7),
        Figure.reported(
            "cores the 2-engine runs got (process CPU / wall)",
            cores.median(),
            "cores",
            cores.spread("cores")),
        Figure.reported(
            "CPU per field image, 2 engines (1 engine: "
                + String.format("%.1f", cpu1.median())
                + " ms)",
            cpu2.median(),
            "ms",
            cpu2.spread("ms")));
  }

  private static Run run(OcrEngine engine, List<BufferedImage> images, OcrOptions options)
      throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      long cpuStart = OS.getProcessCpuTime();
      long start = System.nanoTime();
      List<Future<?>> done = new ArrayList<>();
      for (BufferedImage image : images) {
        done.add(threads.submit(() -> engine.recognize(image, options)));
      }
      for (Future<?> f : done) {
        f.get();
      }
      double wall = (System.nanoTime() - start) / 1e9;
      double cpu = (OS.getProcessCpuTime() - cpuStart) / 1e9;
      return new Run(images.size() / wall, cpu / wall, cpu * 1000 / images.size());
    } finally {
      threads.shutdownNow();
    }
  }
}
