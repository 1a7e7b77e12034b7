package io.workforce.orchestrator.live;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.orchestrator.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "live", description = "Server-sent events: what changed, for the control center")
class LiveController {

  private final LiveFeed feed;

  LiveController(LiveFeed feed) {
    this.feed = feed;
  }

  @GetMapping(value = "/api/v1/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @Operation(summary = "A stream of 'change' events (jobs, progress, items, robots, queues) while connected")
  SseEmitter live(Caller caller) {
    return feed.subscribe(caller);
  }
}
