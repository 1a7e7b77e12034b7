package io.workforce.samples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that tests move on by hand, so that nobody sleeps to wait for a session to time out. */
public final class TestClock extends Clock {

  private volatile Instant now;
  private final ZoneId zone;

  public TestClock(Instant start) {
    this(start, ZoneId.of("Asia/Shanghai"));
  }

  private TestClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  public void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new TestClock(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
