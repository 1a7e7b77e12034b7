package io.workforce.runtime.engine;

import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.BrowserSession;
import java.util.List;

/** A driver for flows that never touch a page: engine unit tests run without Chromium. */
final class NoBrowser implements BrowserDriver {

  @Override
  public Kind kind() {
    return Kind.PLAYWRIGHT;
  }

  @Override
  public BrowserSession newSession() {
    throw new AssertionError("this test's flow must not open a browser");
  }

  @Override
  public List<Long> browserPids() {
    return List.of();
  }

  @Override
  public void close() {}
}
