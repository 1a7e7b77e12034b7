package io.workforce.bench.samples;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Drives one sample system with a page mix from a few client threads, each with its own logged-in
 * cookie jar, and measures requests per second of wall time and per second of the server threads'
 * CPU time (the system's worker threads plus the JDK server's dispatcher) — the latter is what one
 * core could serve.
 */
final class PageLoad {

  /**
   * What each client does: logs in once, then sends the page mix round and round.
   *
   * @param login logs a fresh client in
   * @param pages the page mix
   */
  record Script(Consumer<Client> login, List<HttpRequest> pages) {}

  /** A cookie-keeping HTTP client that follows no redirects. */
  static final class Client {
    final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    String get(String url) {
      return send(HttpRequest.newBuilder(URI.create(url)).build());
    }

    String post(String url, Map<String, String> form, Charset charset) {
      return send(form(url, form, charset));
    }

    static HttpRequest form(String url, Map<String, String> form, Charset charset) {
      String body =
          form.entrySet().stream()
              .map(
                  e ->
                      URLEncoder.encode(e.getKey(), charset)
                          + "="
                          + URLEncoder.encode(e.getValue(), charset))
              .collect(Collectors.joining("&"));
      return HttpRequest.newBuilder(URI.create(url))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body))
          .build();
    }

    String send(HttpRequest request) {
      try {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 400) {
          throw new IllegalStateException(request.uri() + " answered " + r.statusCode());
        }
        return r.body();
      } catch (java.io.IOException e) {
        throw new IllegalStateException(request.uri() + ": " + e, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Requests done in a window, its wall time and the server threads' CPU time. */
  record Window(long requests, double wallSeconds, double serverCpuSeconds) {
    double perWallSecond() {
      return requests / wallSeconds;
    }

    double perCpuSecond() {
      return requests / serverCpuSeconds;
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private PageLoad() {}

  /**
   * Runs {@code clients} threads for {@code window}; the server's threads are those named {@code
   * prefix…}.
   */
  static Window run(Script script, int clients, Duration window, String threadPrefix)
      throws InterruptedException {
    List<Client> logged = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Client c = new Client();
      script.login().accept(c);
      logged.add(c);
    }
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong done = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    double cpuBefore = serverCpu(threadPrefix);
    long start = System.nanoTime();
    for (Client c : logged) {
      List<HttpRequest> pages = script.pages();
      threads.add(
          start(
              () -> {
                for (int i = 0; !stop.get(); i++) {
                  c.send(pages.get(i % pages.size()));
                  done.incrementAndGet();
                }
              }));
    }
    Thread.sleep(window.toMillis());
    stop.set(true);
    for (Thread t : threads) {
      t.join();
    }
    double wall = (System.nanoTime() - start) / 1e9;
    return new Window(done.get(), wall, serverCpu(threadPrefix) - cpuBefore);
  }

  private static Thread start(Runnable body) {
    Thread t = new Thread(body, "bench-client");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /**
   * CPU seconds used so far by the system's worker threads and the JDK servers' dispatcher threads.
   */
  static double serverCpu(String threadPrefix) {
    long nanos = 0;
    for (long id : THREADS.getAllThreadIds()) {
      ThreadInfo info = THREADS.getThreadInfo(id);
      if (info != null
          && (info.getThreadName().startsWith(threadPrefix)
              || info.getThreadName().startsWith("HTTP-Dispatcher"))) {
        nanos += Math.max(0, THREADS.getThreadCpuTime(id));
      }
    }
    return nanos / 1e9;
  }
}
