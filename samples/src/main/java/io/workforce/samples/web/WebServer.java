package io.workforce.samples.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One sample system's HTTP server: the JDK's {@code com.sun.net.httpserver} with a thread per
 * concurrent request (so that simulated latency never queues other requests), the system's charset
 * for parameters, and {@link Chaos} in front of every page. Worker threads are named {@code
 * <name>-http-N}.
 */
public final class WebServer implements AutoCloseable {

  /** Paths under this prefix are the test-only JSON export: exempt from latency and faults. */
  public static final String EXPORT_PREFIX = "/_export";

  static {
    // Without TCP_NODELAY the JDK server writes headers and body in two packets and Nagle's
    // algorithm
    // meets the client's delayed ACK: ~40 ms per keep-alive request. Read once, when the first
    // server starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final String name;
  private final HttpServer server;
  private final ExecutorService executor;
  private final Routes routes;
  private final Chaos chaos;
  private final Charset charset;
  private final String host;

  private WebServer(
      String name,
      HttpServer server,
      ExecutorService executor,
      Routes routes,
      Chaos chaos,
      Charset charset,
      String host) {
    this.name = name;
    this.server = server;
    this.executor = executor;
    this.routes = routes;
    this.chaos = chaos;
    this.charset = charset;
    this.host = host;
  }

  /**
   * Binds {@code host:port} (port 0 = a free port) and starts serving.
   *
   * @throws IllegalStateException naming the port when it is taken
   */
  public static WebServer start(
      String name, String host, int port, Routes routes, Chaos chaos, Charset charset) {
    HttpServer http;
    try {
      http = HttpServer.create(new InetSocketAddress(host, port), 256);
    } catch (IOException e) {
      throw new IllegalStateException(
          name
              + ": cannot listen on "
              + host
              + ":"
              + port
              + " ("
              + e.getMessage()
              + "); is another program using the port? choose another with the port option",
          e);
    }
    AtomicInteger counter = new AtomicInteger();
    ExecutorService executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, name + "-http-" + counter.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    WebServer server = new WebServer(name, http, executor, routes, chaos, charset, host);
    http.createContext("/", server::serve);
    http.setExecutor(executor);
    http.start();
    return server;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://host:port} (127.0.0.1 when bound to every interface). */
  public String url() {
    String h = "0.0.0.0".equals(host) ? "127.0.0.1" : host;
    return "http://" + h + ":" + port();
  }

  /** The prefix of this server's worker thread names, for measuring their CPU time. */
  public String threadPrefix() {
    return name + "-http-";
  }

  private void serve(HttpExchange exchange) {
    try (exchange) {
      Request request = read(exchange);
      Response response = respond(request);
      write(exchange, response);
    } catch (IOException | UncheckedIOException e) {
      // the client went away mid-request: nothing to answer
    }
  }

  private Response respond(Request request) {
    boolean export = request.path().startsWith(EXPORT_PREFIX);
    try {
      if (!export) {
        chaos.delay();
        Response fault = chaos.fault(charset);
        if (fault != null) {
          return fault;
        }
      }
      Handler handler = routes.find(request.method(), request.path());
      return handler == null ? Response.notFound() : handler.handle(request);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Response.text(503, "shutting down");
    } catch (Exception e) {
      System.err.println(name + ": " + request.method() + " " + request.path() + " failed: " + e);
      return Response.html(
          500, "<html><body><h1>HTTP Status 500</h1><p>系统内部错误</p></body></html>", charset);
    }
  }

  private Request read(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    String rawQuery = exchange.getRequestURI().getRawQuery();
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    Map<String, List<String>> form =
        contentType != null && contentType.startsWith("application/x-www-form-urlencoded")
            ? Forms.parse(new String(body, StandardCharsets.ISO_8859_1), charset)
            : Map.of();
    Map<String, String> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
    return new Request(
        method,
        exchange.getRequestURI().getPath(),
        Forms.parse(rawQuery, charset),
        form,
        cookies(headers.get("cookie")),
        headers,
        charset);
  }

  private static Map<String, String> cookies(String header) {
    Map<String, String> cookies = new LinkedHashMap<>();
    if (header == null) {
      return cookies;
    }
    for (String part : header.split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        cookies.putIfAbsent(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
      }
    }
    return cookies;
  }

  private static void write(HttpExchange exchange, Response response) throws IOException {
    var headers = exchange.getResponseHeaders();
    if (response.contentType() != null) {
      headers.set("Content-Type", response.contentType());
    }
    response.headers().forEach(headers::set);
    response.cookies().forEach(c -> headers.add("Set-Cookie", c));
    byte[] body = response.body();
    boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
    exchange.sendResponseHeaders(response.status(), body.length == 0 || head ? -1 : body.length);
    if (body.length > 0 && !head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
