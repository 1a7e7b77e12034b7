package io.workforce.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workforce.ocr.corpus.FieldCorpus;
import io.workforce.ocr.corpus.ScreenRenderer;
import io.workforce.ocr.corpus.TextStyle;
import io.workforce.ocr.corpus.UiText;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The pool with real Tesseract engines under many threads: no crash, no result handed to the wrong
 * caller.
 */
class EnginePoolConcurrencyIT {

  private static final OcrOptions DIGITS =
      OcrOptions.defaults()
          .withLanguages("eng")
          .withWhitelist("0123456789X")
          .withPageSegMode(PageSegMode.SINGLE_LINE);
  private static final OcrOptions MIXED =
      OcrOptions.defaults().withPageSegMode(PageSegMode.SINGLE_LINE);

  @Test
  void eightThreadsOnTwoEnginesEachGetTheirOwnResults() throws Exception {
    List<String> ids = FieldCorpus.idNumbers(8 * 12, 99);
    List<String> names =
        UiText.chinese(8 * 16, 98).stream().filter(l -> l.startsWith("企业名称")).limit(8).toList();
    EnginePool pool = (EnginePool) OcrEngine.pool(OcrConfig.defaults().withEngines(2));
    ExecutorService threads = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<String>>> mismatches = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        List<String> mine = ids.subList(t * 12, t * 12 + 12);
        String name = names.get(t);
        mismatches.add(threads.submit(readAll(pool, mine, name, start)));
      }
      start.countDown();
      for (Future<List<String>> f : mismatches) {
        assertThat(f.get(3, TimeUnit.MINUTES)).isEmpty();
      }
      int[] counters = pool.handleCounters(); // {created, loaded, lent}
      assertThat(counters[2]).isZero();
      assertThat(counters[1]).isBetween(1, 4); // at most 2 engines × 2 language sets (eng, chi_sim)
      assertThat(counters[0]).isLessThanOrEqualTo(6);
    } finally {
      threads.shutdownNow();
      pool.close();
    }
    assertThat(pool.handleCounters()[1]).isZero();
  }

  private static Callable<List<String>> readAll(
      OcrEngine pool, List<String> ids, String name, CountDownLatch start) {
    return () -> {
      start.await();
      List<String> wrong = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i);
        String read = pool.recognize(ScreenRenderer.line(id, TextStyle.REGISTRY), DIGITS).text();
        if (!read.equals(id)) {
          wrong.add(id + " read as " + read);
        }
        if (i % 4 == 0) {
          String line = pool.recognize(ScreenRenderer.line(name, TextStyle.REGISTRY), MIXED).text();
          if (!line.equals(name)) {
            wrong.add(name + " read as " + line);
          }
        }
      }
      return wrong;
    };
  }

  @Test
  void enginesAreCreatedOnFirstUseAndReused() {
    EnginePool pool = (EnginePool) OcrEngine.pool(OcrConfig.defaults().withEngines(2));
    try {
      assertThat(pool.handleCounters()[0]).isZero();
      BufferedImage image = ScreenRenderer.line("330106198507141230", TextStyle.REGISTRY);
      for (int i = 0; i < 10; i++) {
        pool.recognize(image, DIGITS);
      }
      assertThat(pool.handleCounters()[0]).isEqualTo(1);
    } finally {
      pool.close();
    }
  }

  @Test
  void aClosedPoolFreesItsEnginesAndRefusesReads() {
    EnginePool pool = (EnginePool) OcrEngine.pool(OcrConfig.defaults().withEngines(1));
    BufferedImage image = ScreenRenderer.line("12345", TextStyle.REGISTRY);
    pool.recognize(image, DIGITS);
    pool.close();
    assertThat(pool.handleCounters()[1]).isZero();
    assertThatThrownBy(() -> pool.recognize(image, DIGITS))
        .isInstanceOf(IllegalStateException.class)
        .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("关闭", "closed"));
  }
}
