package io.workforce.ocr;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import net.sourceforge.tess4j.TessAPI;

/**
 * The {@link OcrEngine}: at most {@code engines} Tesseract handles, each lent to one thread at a time.
 * A read takes an idle handle with its languages; else creates one while under the bound; else replaces
 * the least recently used idle handle of other languages; else waits. Handles are created outside the
 * lock (loading takes 0.2–0.5 s) so that other threads keep reading meanwhile.
 */
final class EnginePool implements OcrEngine {

  private final OcrConfig config;
  private final Supplier<TessAPI> library;
  private final String tessdataPrefix;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition returned = lock.newCondition();
  private final Deque<TessHandle> idle = new ArrayDeque<>(); // most recently used first
  private final Thread shutdownHook = new Thread(this::closeHandles, "ocr-pool-shutdown");
  private volatile Tessdata tessdata;
  private int alive;
  private int created;
  private boolean closed;

  EnginePool(OcrConfig config, Supplier<TessAPI> library, String tessdataPrefix) {
    this.config = Objects.requireNonNull(config);
    this.library = library;
    this.tessdataPrefix = tessdataPrefix;
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  @Override
  public OcrResult recognize(BufferedImage image, OcrOptions options) {
    return recognize(image, options, Preprocessor.SCREEN_DPI);
  }

  @Override
  public OcrResult recognize(BufferedImage image, OcrOptions options, int dpi) {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(options, "options");
    long start = System.nanoTime();
    PreparedImage prepared = Preprocessor.prepare(image, options.region(), options.preprocessing(), dpi);
    TessHandle handle = borrow(options);
    boolean healthy = false;
    List<TessHandle.RawWord> words;
    try {
      words = handle.read(prepared, options.pageSegMode().tesseractValue(), options.whitelist());
      healthy = true;
    } finally {
      giveBack(handle, healthy);
    }
    return Results.of(words, prepared, options.minConfidence(), Duration.ofNanos(System.nanoTime() - start));
  }

  @Override
  public Set<String> availableLanguages() {
    return Set.copyOf(tessdata().languages());
  }

  private Tessdata tessdata() {
    Tessdata found = tessdata;
    if (found == null) {
      found = Tessdata.locate(config.tessdata(), tessdataPrefix);
      tessdata = found;
    }
    return found;
  }

  private TessHandle borrow(OcrOptions options) {
    Tessdata data = tessdata();
    data.require(options.languageList());
    TessAPI api = library.get();
    String languages = options.languages();
    TessHandle replaced = null;
    long deadline = System.nanoTime() + config.borrowTimeout().toNanos();
    lock.lock();
    try {
      while (true) {
        ensureOpen();
        TessHandle match = takeIdle(languages);
        if (match != null) {
          return match;
        }
        if (alive < config.engines()) {
          alive++;
          break;
        }
        if (!idle.isEmpty()) {
          replaced = idle.pollLast();
          break;
        }
        awaitReturn(deadline);
      }
      created++;
    } finally {
      lock.unlock();
    }
    if (replaced != null) {
      replaced.close();
    }
    return open(api, data, languages);
  }

  private TessHandle open(TessAPI api, Tessdata data, String languages) {
    try {
      return TessHandle.open(api, data, languages);
    } catch (RuntimeException | Error e) {
      lock.lock();
      try {
        alive--;
        returned.signalAll();
      } finally {
        lock.unlock();
      }
      throw e;
    }
  }

  private void awaitReturn(long deadline) {
    long wait = deadline - System.nanoTime();
    if (wait <= 0) {
      throw new OcrFailedException(Messages.say(
          "等待空闲 OCR 引擎超时 (" + config.borrowTimeout().toSeconds() + " 秒, 共 " + config.engines() + " 个引擎)",
          "no OCR engine became free within " + config.borrowTimeout().toSeconds() + " s (" + config.engines()
              + " engines)"), null);
    }
    try {
      returned.awaitNanos(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OcrFailedException(Messages.say("等待 OCR 引擎时被中断", "interrupted while waiting for an OCR engine"), e);
    }
  }

  private TessHandle takeIdle(String languages) {
    for (Iterator<TessHandle> it = idle.iterator(); it.hasNext(); ) {
      TessHandle h = it.next();
      if (h.languages().equals(languages)) {
        it.remove();
        return h;
      }
    }
    return null;
  }

  /** A handle whose read failed is freed rather than reused: its state is unknown. */
  private void giveBack(TessHandle handle, boolean healthy) {
    boolean discard;
    lock.lock();
    try {
      discard = closed || !healthy;
      if (discard) {
        alive--;
      } else {
        idle.addFirst(handle);
      }
      returned.signalAll();
    } finally {
      lock.unlock();
    }
    if (discard) {
      handle.close();
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException(Messages.say("OCR 引擎池已关闭", "the OCR engine pool is closed"));
    }
  }

  @Override
  public void close() {
    closeHandles();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook is running or has run
    }
  }

  private void closeHandles() {
    List<TessHandle> toClose;
    lock.lock();
    try {
      closed = true;
      toClose = new ArrayList<>(idle);
      idle.clear();
      alive -= toClose.size();
      returned.signalAll();
    } finally {
      lock.unlock();
    }
    toClose.forEach(TessHandle::close);
  }

  /** Handles created so far (for tests and benchmarks: proves reuse). */
  int handlesCreated() {
    lock.lock();
    try {
      return created;
    } finally {
      lock.unlock();
    }
  }

  /** Handles alive now, idle or lent. */
  int handlesAlive() {
    lock.lock();
    try {
      return alive;
    } finally {
      lock.unlock();
    }
  }

  /** Waits at most {@code timeout} for every lent handle to come back (for tests). */
  boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (idle.size() != alive) {
        long wait = deadline - System.nanoTime();
        if (wait <= 0) {
          return false;
        }
        returned.await(wait, TimeUnit.NANOSECONDS);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }
}
