package io.workforce.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The pool's rules with fake handles; the real engines are tested in EnginePoolConcurrencyIT. */
class HandlePoolTest {

  /** A fake engine: its languages and whether it was freed. */
  static final class Fake {
    final String languages;
    volatile boolean closed;

    Fake(String languages) {
      this.languages = languages;
    }
  }

  private final List<Fake> opened = new ArrayList<>();

  private HandlePool<Fake> pool(int engines, Duration timeout) {
    return new HandlePool<>(
        engines,
        timeout,
        l -> {
          Fake f = new Fake(l);
          synchronized (opened) {
            opened.add(f);
          }
          return f;
        },
        f -> f.languages,
        f -> f.closed = true);
  }

  @Test
  void createsNothingUntilTheFirstBorrowAndThenReusesTheHandle() {
    HandlePool<Fake> pool = pool(2, Duration.ofSeconds(1));
    assertThat(pool.counters()[0]).isZero();
    Fake first = pool.borrow("eng");
    pool.giveBack(first, true);
    Fake second = pool.borrow("eng");
    assertThat(second).isSameAs(first);
    assertThat(pool.counters()[0]).isEqualTo(1);
  }

  @Test
  void lendsAtMostEnginesHandlesAndTimesOutWithAClearMessage() {
    HandlePool<Fake> pool = pool(2, Duration.ofMillis(100));
    pool.borrow("eng");
    pool.borrow("eng");
    assertThatThrownBy(() -> pool.borrow("eng"))
        .isInstanceOf(OcrFailedException.class)
        .hasMessageContaining("2");
  }

  @Test
  void aWaitingBorrowerGetsTheHandleThatComesBack() throws Exception {
    HandlePool<Fake> pool = pool(1, Duration.ofSeconds(5));
    Fake held = pool.borrow("eng");
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      Future<Fake> waiting = executor.submit(() -> pool.borrow("eng"));
      // it keeps waiting while the handle is out
      await()
          .during(Duration.ofMillis(100))
          .atMost(Duration.ofSeconds(2))
          .until(() -> !waiting.isDone());
      pool.giveBack(held, true);
      assertThat(waiting.get(5, TimeUnit.SECONDS)).isSameAs(held);
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void keepsTwoLanguageSetsLoadedPerEngineAndFreesTheLeastRecentlyUsedBeyond() {
    HandlePool<Fake> pool = pool(1, Duration.ofSeconds(1));
    Fake chinese = pool.borrow("chi_sim");
    pool.giveBack(chinese, true);
    Fake english = pool.borrow("eng");
    pool.giveBack(english, true);
    assertThat(pool.borrow("chi_sim")).isSameAs(chinese);
    pool.giveBack(chinese, true);
    Fake german = pool.borrow("deu"); // a third set: the least recently used (eng) is freed
    assertThat(english.closed).isTrue();
    assertThat(chinese.closed).isFalse();
    assertThat(pool.counters()[1]).isEqualTo(2);
    pool.giveBack(german, true);
  }

  @Test
  void freesAHandleWhoseReadFailedInsteadOfReusingIt() {
    HandlePool<Fake> pool = pool(1, Duration.ofSeconds(1));
    Fake broken = pool.borrow("eng");
    pool.giveBack(broken, false);
    assertThat(broken.closed).isTrue();
    assertThat(pool.borrow("eng")).isNotSameAs(broken);
  }

  @Test
  void aFailedOpenReleasesItsSlot() {
    AtomicInteger calls = new AtomicInteger();
    HandlePool<Fake> pool =
        new HandlePool<>(
            1,
            Duration.ofMillis(200),
            l -> {
              if (calls.incrementAndGet() == 1) {
                throw new OcrFailedException("cannot load", null);
              }
              return new Fake(l);
            },
            f -> f.languages,
            f -> f.closed = true);
    assertThatThrownBy(() -> pool.borrow("eng")).hasMessage("cannot load");
    assertThat(pool.borrow("eng").languages).isEqualTo("eng");
  }

  @Test
  void closeFreesIdleHandlesAtOnceAndLentOnesWhenReturned() {
    HandlePool<Fake> pool = pool(2, Duration.ofSeconds(1));
    Fake idle = pool.borrow("eng");
    Fake lent = pool.borrow("eng");
    pool.giveBack(idle, true);
    pool.close();
    assertThat(idle.closed).isTrue();
    assertThat(lent.closed).isFalse();
    pool.giveBack(lent, true);
    assertThat(lent.closed).isTrue();
    assertThat(pool.counters()[1]).isZero();
    assertThatThrownBy(() -> pool.borrow("eng")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void manyThreadsNeverHoldMoreThanEnginesHandlesAtOnce() throws Exception {
    HandlePool<Fake> pool = pool(3, Duration.ofSeconds(10));
    AtomicInteger inUse = new AtomicInteger();
    AtomicInteger maxInUse = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(12);
    CountDownLatch done = new CountDownLatch(12 * 50);
    for (int i = 0; i < 12 * 50; i++) {
      String languages = i % 3 == 0 ? "eng" : "chi_sim";
      executor.execute(
          () -> {
            Fake f = pool.borrow(languages);
            int now = inUse.incrementAndGet();
            maxInUse.accumulateAndGet(now, Math::max);
            assertThat(f.languages).isEqualTo(languages);
            inUse.decrementAndGet();
            pool.giveBack(f, true);
            done.countDown();
          });
    }
    assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
    executor.shutdown();
    assertThat(maxInUse.get()).isLessThanOrEqualTo(3);
    assertThat(pool.counters()[1]).isLessThanOrEqualTo(6);
    assertThat(pool.counters()[2]).isZero();
  }
}
