package io.workforce.orchestrator.api;

import io.workforce.orchestrator.config.WorkforceProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The size limit of request bodies ({@code workforce.api.max-body-size}; screenshots have {@code
 * workforce.uploads.max-screenshot-size}; spreadsheet imports the multipart limits). A declared
 * length over the limit is refused before reading; a body without a length is read in full before
 * the handler runs (also for a handler that reads no body) and refused past the limit. Either way
 * the answer is a 413 problem detail naming the limit. Servlet containers and Spring have no such
 * limit for plain bodies, hence this filter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodySizeLimit extends OncePerRequestFilter {

  private final long apiLimit;
  private final long imageLimit;

  BodySizeLimit(WorkforceProperties properties) {
    this.apiLimit = properties.api().maxBodySize().toBytes();
    this.imageLimit = properties.uploads().maxScreenshotSize().toBytes();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
    if (type.startsWith("multipart/")) {
      chain.doFilter(request, response); // spring.servlet.multipart.max-request-size applies
      return;
    }
    long limit = type.startsWith("image/") ? imageLimit : apiLimit;
    if (request.getContentLengthLong() > limit) {
      refuse(request, response, limit);
      return;
    }
    if (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null) {
      // read before the handler runs: a handler that reads no body (rotate-key, retry, ...) would
      // otherwise act on a request whose body is over the limit
      byte[] body;
      try {
        body = new Counting(request.getInputStream(), limit).readAllBytes();
      } catch (BodyTooLargeException e) {
        refuse(request, response, limit);
        return;
      }
      chain.doFilter(new Buffered(request, body), response);
      return;
    }
    chain.doFilter(new Limited(request, limit), response);
  }

  static void refuse(HttpServletRequest request, HttpServletResponse response, long limit)
      throws IOException {
    Text text =
        Text.of(
            "请求内容超过 " + limit + " 字节的上限",
            "the request body is larger than the limit of " + limit + " bytes");
    response.setStatus(413);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "{\"type\":\""
                + ProblemHandler.TYPE_BASE
                + "body-too-large\",\"title\":\"Content Too Large\","
                + "\"status\":413,\"detail\":\""
                + text.in(request)
                + "\",\"limit\":"
                + limit
                + "}");
  }

  /** The request with its body read already (a body sent without a length, within the limit). */
  private static final class Buffered extends HttpServletRequestWrapper {

    private final byte[] body;

    Buffered(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body was read already");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      return new BufferedReader(
          new InputStreamReader(
              new ByteArrayInputStream(body),
              encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
    }
  }

  /** The request with an input stream that stops at the limit. */
  private static final class Limited extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  private static final class Counting extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private long count;

    Counting(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws BodyTooLargeException {
      count += n;
      if (count > limit) {
        throw new BodyTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
