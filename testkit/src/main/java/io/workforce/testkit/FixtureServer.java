package io.workforce.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tiny JDK HTTP server on a free loopback port that serves fixture pages from memory, for tests
 * that need a page to drive without starting a whole sample system.
 */
public final class FixtureServer implements AutoCloseable {

  private record Page(byte[] body, String contentType, Duration delay) {}

  private final HttpServer server;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();

  private FixtureServer(HttpServer server) {
    this.server = server;
  }

  /** Starts a server on 127.0.0.1 and a free port. */
  public static FixtureServer start() {
    try {
      HttpServer http =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      FixtureServer fixture = new FixtureServer(http);
      http.createContext("/", fixture::serve);
      http.start();
      return fixture;
    } catch (IOException e) {
      throw new IllegalStateException("cannot open a loopback port for the fixture server", e);
    }
  }

  /** Serves {@code html} (UTF-8) at {@code path}. */
  public FixtureServer page(String path, String html) {
    return page(path, html, StandardCharsets.UTF_8);
  }

  /** Serves {@code html} encoded in {@code charset} at {@code path}, as old systems do with GBK. */
  public FixtureServer page(String path, String html, Charset charset) {
    pages.put(
        path,
        new Page(html.getBytes(charset), "text/html; charset=" + charset.name(), Duration.ZERO));
    return this;
  }

  /**
   * Serves {@code html} (UTF-8) at {@code path}, answering each request only after {@code delay}: a
   * slow system.
   */
  public FixtureServer slowPage(String path, String html, Duration delay) {
    pages.put(
        path, new Page(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=UTF-8", delay));
    return this;
  }

  /** The absolute URL of {@code path} on this server. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      Page page = pages.get(exchange.getRequestURI().getPath());
      if (page == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      if (!page.delay().isZero()) {
        try {
          Thread.sleep(page.delay().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      exchange.getResponseHeaders().set("Content-Type", page.contentType());
      exchange.sendResponseHeaders(200, page.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(page.body());
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
