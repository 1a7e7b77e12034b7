package io.workforce.ocr.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Maps a function over items on a few threads (one per OCR engine), keeping the order. */
public final class Parallel {

  private Parallel() {}

  public static <T, R> List<R> map(List<T> items, int threads, Function<T, R> work)
      throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(executor.submit(() -> work.apply(item)));
      }
      List<R> results = new ArrayList<>();
      for (Future<R> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      executor.shutdownNow();
    }
  }
}
