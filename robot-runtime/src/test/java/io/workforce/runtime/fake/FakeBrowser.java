package io.workforce.runtime.fake;

import io.workforce.runtime.BrowserDriver;
import io.workforce.runtime.BrowserSession;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link BrowserDriver} whose sessions are in-memory pages of a {@link FakeWeb}. */
public final class FakeBrowser implements BrowserDriver {

  private final FakeWeb web;
  private final List<FakePage> sessions = new CopyOnWriteArrayList<>();

  FakeBrowser(FakeWeb web) {
    this.web = web;
  }

  @Override
  public Kind kind() {
    return Kind.PLAYWRIGHT;
  }

  @Override
  public BrowserSession newSession() {
    FakePage page = new FakePage(web);
    sessions.add(page);
    return page;
  }

  /** Every session opened so far, in order. */
  public List<FakePage> sessions() {
    return List.copyOf(sessions);
  }

  @Override
  public List<Long> browserPids() {
    return List.of();
  }

  @Override
  public void close() {
    sessions.forEach(FakePage::close);
  }
}
