package io.workforce.ocr;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Tesseract handles lent to one thread at a time. At most {@code engines} are lent at once (one
 * read per core); up to twice as many stay loaded, so that reads in two language sets (a Chinese
 * and an English pass) do not reload models each time; beyond that the least recently used idle
 * handle is freed. Handles are created outside the lock (loading takes 0.2–0.5 s) so that other
 * threads keep reading meanwhile.
 */
final class HandlePool<H> {

  private final int engines;
  private final int maxLoaded;
  private final Duration timeout;
  private final Function<String, H> opener;
  private final Function<H, String> languagesOf;
  private final Consumer<H> closer;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Deque<H> idle = new ArrayDeque<>(); // most recently used first
  private int lent;
  private int loaded;
  private int created;
  private boolean closed;

  /**
   * @param opener loads a handle for a language set
   * @param languagesOf the language set a handle was loaded with
   * @param closer frees a handle
   */
  HandlePool(
      int engines,
      Duration timeout,
      Function<String, H> opener,
      Function<H, String> languagesOf,
      Consumer<H> closer) {
    this.engines = engines;
    this.maxLoaded = 2 * engines;
    this.timeout = timeout;
    this.opener = opener;
    this.languagesOf = languagesOf;
    this.closer = closer;
  }

  H borrow(String languages) {
    H evicted = null;
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (true) {
        if (closed) {
          throw new IllegalStateException(
              Messages.say("OCR 引擎池已关闭", "the OCR engine pool is closed"));
        }
        if (lent < engines) {
          lent++;
          H match = takeIdle(languages);
          if (match != null) {
            return match;
          }
          loaded++;
          created++;
          if (loaded > maxLoaded) {
            evicted = idle.pollLast();
            loaded--;
          }
          break;
        }
        await(deadline);
      }
    } finally {
      lock.unlock();
    }
    if (evicted != null) {
      closer.accept(evicted);
    }
    return open(languages);
  }

  private H open(String languages) {
    try {
      return opener.apply(languages);
    } catch (RuntimeException | Error e) {
      lock.lock();
      try {
        lent--;
        loaded--;
        changed.signalAll();
      } finally {
        lock.unlock();
      }
      throw e;
    }
  }

  /** Returns a handle; one whose read failed is freed rather than reused (its state is unknown). */
  void giveBack(H handle, boolean healthy) {
    boolean free;
    lock.lock();
    try {
      lent--;
      free = closed || !healthy;
      if (free) {
        loaded--;
      } else {
        idle.addFirst(handle);
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    if (free) {
      closer.accept(handle);
    }
  }

  private void await(long deadline) {
    long wait = deadline - System.nanoTime();
    if (wait <= 0) {
      throw new OcrFailedException(
          Messages.say(
              "等待空闲 OCR 引擎超时 (" + timeout.toSeconds() + " 秒, 共 " + engines + " 个引擎)",
              "no OCR engine became free within "
                  + timeout.toSeconds()
                  + " s ("
                  + engines
                  + " engines)"),
          null);
    }
    try {
      changed.awaitNanos(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OcrFailedException(
          Messages.say("等待 OCR 引擎时被中断", "interrupted while waiting for an OCR engine"), e);
    }
  }

  private H takeIdle(String languages) {
    for (Iterator<H> it = idle.iterator(); it.hasNext(); ) {
      H h = it.next();
      if (languagesOf.apply(h).equals(languages)) {
        it.remove();
        return h;
      }
    }
    return null;
  }

  /** Frees every idle handle now and every lent one when it comes back; later borrows fail. */
  void close() {
    List<H> toClose;
    lock.lock();
    try {
      closed = true;
      toClose = new ArrayList<>(idle);
      idle.clear();
      loaded -= toClose.size();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    toClose.forEach(closer);
  }

  /** Counters for tests and benchmarks: {created, loaded, lent}. */
  int[] counters() {
    lock.lock();
    try {
      return new int[] {created, loaded, lent};
    } finally {
      lock.unlock();
    }
  }
}
