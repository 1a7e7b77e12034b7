package io.workforce.bench.runtime;

import io.workforce.runtime.ChromiumProcesses;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Samples this JVM's heap pools' peak use and the browser processes' total resident memory while a
 * run goes.
 */
final class MemoryWatch {

  record Peak(long heapBytes, long browserPssBytes) {}

  private final Thread thread;
  private volatile boolean running = true;
  private volatile long browserPeak;

  private MemoryWatch() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    thread =
        new Thread(
            () -> {
              while (running) {
                long rss =
                    ChromiumProcesses.all().stream().mapToLong(ChromiumProcesses::pssBytes).sum();
                browserPeak = Math.max(browserPeak, rss);
                try {
                  Thread.sleep(250);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "memory-watch");
    thread.setDaemon(true);
    thread.start();
  }

  static MemoryWatch start() {
    return new MemoryWatch();
  }

  Peak stop() throws InterruptedException {
    running = false;
    thread.join();
    long heap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heap += pool.getPeakUsage().getUsed();
      }
    }
    return new Peak(heap, browserPeak);
  }
}
