package io.workforce.orchestrator.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.session.Session;

/**
 * A stored session seen through its cookie: id {@code <handle>.<secret>} (see {@link
 * SecretSessions}).
 */
final class SecretSession implements Session {

  private final Session stored;
  private String secret;

  SecretSession(Session stored, String secret) {
    this.stored = stored;
    this.secret = secret;
  }

  Session stored() {
    return stored;
  }

  @Override
  public String getId() {
    return stored.getId() + "." + secret;
  }

  @Override
  public String changeSessionId() {
    stored.changeSessionId();
    secret = SecretSessions.newSecret(stored);
    return getId();
  }

  @Override
  public <T> T getAttribute(String name) {
    return stored.getAttribute(name);
  }

  @Override
  public Set<String> getAttributeNames() {
    return stored.getAttributeNames();
  }

  @Override
  public void setAttribute(String name, Object value) {
    stored.setAttribute(name, value);
  }

  @Override
  public void removeAttribute(String name) {
    stored.removeAttribute(name);
  }

  @Override
  public Instant getCreationTime() {
    return stored.getCreationTime();
  }

  @Override
  public void setLastAccessedTime(Instant time) {
    stored.setLastAccessedTime(time);
  }

  @Override
  public Instant getLastAccessedTime() {
    return stored.getLastAccessedTime();
  }

  @Override
  public void setMaxInactiveInterval(Duration interval) {
    stored.setMaxInactiveInterval(interval);
  }

  @Override
  public Duration getMaxInactiveInterval() {
    return stored.getMaxInactiveInterval();
  }

  @Override
  public boolean isExpired() {
    return stored.isExpired();
  }
}
