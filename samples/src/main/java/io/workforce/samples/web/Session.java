package io.workforce.samples.web;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One server-side session: an id, attributes, and the time it was last used. */
public final class Session {

  private final String id;
  private final Map<String, Object> attributes = new ConcurrentHashMap<>();
  private volatile Instant lastAccess;

  Session(String id, Instant now) {
    this.id = id;
    this.lastAccess = now;
  }

  public String id() {
    return id;
  }

  @SuppressWarnings("unchecked")
  public <T> T get(String name) {
    return (T) attributes.get(name);
  }

  public void put(String name, Object value) {
    attributes.put(name, value);
  }

  public void remove(String name) {
    attributes.remove(name);
  }

  Instant lastAccess() {
    return lastAccess;
  }

  void touch(Instant now) {
    lastAccess = now;
  }
}
