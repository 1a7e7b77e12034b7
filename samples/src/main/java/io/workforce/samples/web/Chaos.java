package io.workforce.samples.web;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * The unreliability of an old system: every response waits {@code latency}, and a share {@code
 * faultRate} of requests fail with a 5xx error page before the page's handler runs (so a failed
 * submit stored nothing). The JSON export is exempt: tests read it to check results.
 */
public final class Chaos {

  private final Duration latency;
  private final double faultRate;
  private final SplittableRandom random;

  public Chaos(Duration latency, double faultRate, long seed) {
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative, got " + latency);
    }
    if (!(faultRate >= 0 && faultRate <= 1)) {
      throw new IllegalArgumentException("fault rate must be between 0 and 1, got " + faultRate);
    }
    this.latency = latency;
    this.faultRate = faultRate;
    this.random = new SplittableRandom(seed);
  }

  public static Chaos none() {
    return new Chaos(Duration.ZERO, 0, 0);
  }

  void delay() throws InterruptedException {
    if (!latency.isZero()) {
      Thread.sleep(latency.toMillis(), (int) (latency.toNanosPart() % 1_000_000));
    }
  }

  /** A fault page for this request, or null to go on. */
  Response fault(Charset charset) {
    if (faultRate == 0) {
      return null;
    }
    boolean fail;
    int status;
    synchronized (random) {
      fail = random.nextDouble() < faultRate;
      status = random.nextBoolean() ? 500 : 503;
    }
    if (!fail) {
      return null;
    }
    String title = status == 500 ? "HTTP Status 500 - 系统内部错误" : "HTTP Status 503 - 服务暂时不可用";
    return Response.html(
        status,
        "<html><head><title>"
            + title
            + "</title></head><body><h1>"
            + title
            + "</h1><hr><p>系统繁忙，请稍后再试。</p><hr><h3>Apache Tomcat/6.0.18</h3></body></html>",
        charset);
  }
}
