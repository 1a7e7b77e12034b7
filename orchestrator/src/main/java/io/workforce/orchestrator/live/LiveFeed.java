package io.workforce.orchestrator.live;

import io.workforce.orchestrator.cluster.ClusterSignals;
import io.workforce.orchestrator.security.Caller;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events for the control center. Once per interval (and only while someone listens) it
 * compares the {@link Watermarks} with the previous ones and tells every listener what changed,
 * filtered to what the listener may see; the pages then re-read just that through the REST API.
 * Reading the database rather than in-process events means a listener on one node hears about work
 * done through another; a signal from another node ({@link ClusterSignals}) makes it look at once.
 */
@Component
class LiveFeed {

  private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);

  private record Listener(SseEmitter emitter, Caller caller) {}

  private final Set<Listener> listeners = new CopyOnWriteArraySet<>();
  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration timeout;
  private final Duration keepAlive;
  private Watermarks last;
  private Instant lastSent = Instant.EPOCH;

  LiveFeed(
      JdbcClient jdbc,
      Clock clock,
      @Value("${workforce.live.timeout:30m}") Duration timeout,
      @Value("${workforce.live.keep-alive:20s}") Duration keepAlive) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.timeout = timeout;
    this.keepAlive = keepAlive;
  }

  SseEmitter subscribe(Caller caller) {
    SseEmitter emitter = new SseEmitter(timeout.toMillis());
    Listener l = new Listener(emitter, caller);
    emitter.onCompletion(() -> listeners.remove(l));
    emitter.onTimeout(() -> listeners.remove(l));
    emitter.onError(e -> listeners.remove(l));
    synchronized (this) {
      // changes count from the moment the first listener came, not from the next tick
      if (last == null) {
        last = Watermarks.read(jdbc);
      }
      // hello first: a tick (synchronized too) cannot slip a keep-alive or a change in before it
      send(
          l,
          SseEmitter.event()
              .name("hello")
              .data("{\"at\":\"" + Instant.now(clock) + "\"}", MediaType.APPLICATION_JSON)
              .reconnectTime(3000));
      listeners.add(l);
    }
    return emitter;
  }

  @Scheduled(fixedDelayString = "${workforce.live.interval:1s}")
  synchronized void tick() {
    if (listeners.isEmpty()) {
      last = null;
      return;
    }
    Instant now = clock.instant();
    try {
      Watermarks current = Watermarks.read(jdbc);
      if (last != null) {
        LiveChange change = current.since(last, jdbc, now);
        if (!change.isEmpty()) {
          listeners.forEach(
              l -> {
                LiveChange mine = LiveAudience.filter(change, l.caller());
                if (!mine.isEmpty()) {
                  send(l, SseEmitter.event().name("change").data(mine, MediaType.APPLICATION_JSON));
                }
              });
          lastSent = now;
        }
      }
      last = current;
    } catch (RuntimeException e) {
      log.warn("live feed: cannot read changes, will retry: {}", e.toString());
    }
    if (Duration.between(lastSent, now).compareTo(keepAlive) >= 0) {
      listeners.forEach(l -> send(l, SseEmitter.event().comment("keep-alive")));
      lastSent = now;
    }
  }

  /** A change through another node: look at once rather than at the next tick. */
  @EventListener
  void signalled(ClusterSignals.Received signal) {
    if (!listeners.isEmpty()) {
      tick();
    }
  }

  /** Ends every stream before the web server's graceful shutdown waits for open requests. */
  @EventListener(ContextClosedEvent.class)
  void closing() {
    listeners.forEach(l -> l.emitter().complete());
    listeners.clear();
  }

  private void send(Listener l, SseEmitter.SseEventBuilder event) {
    try {
      l.emitter().send(event);
    } catch (IOException | IllegalStateException e) {
      // the browser went away; the emitter's callbacks may not run for a dead connection
      listeners.remove(l);
      try {
        l.emitter().complete();
      } catch (IllegalStateException alreadyClosed) {
        // the container already ended the request
      }
    }
  }
}
