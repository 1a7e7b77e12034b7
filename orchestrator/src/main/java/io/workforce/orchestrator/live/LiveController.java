package io.workforce.orchestrator.live;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.security.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "live", description = "Server-sent events: what changed, for the control center")
class LiveController {

  private final LiveFeed feed;

  LiveController(LiveFeed feed) {
    this.feed = feed;
  }

  @GetMapping("/api/v1/live")
  @Operation(
      summary =
          "Server-sent events (Accept: text/event-stream): hello, then a change event (jobs, progress, items, robots, queues) when something changed")
  SseEmitter live(
      Caller caller, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    // a stream stays open: only a client that asked for one gets it (not a script or a fuzzer
    // waiting for a body)
    if (accept == null || !accept.contains(MediaType.TEXT_EVENT_STREAM_VALUE)) {
      throw InvalidRequestException.field(
          "Accept",
          "此地址推送服务器事件: 请求头须含 Accept: text/event-stream (浏览器的 EventSource 会自动带上)",
          "this address streams server-sent events: send Accept: text/event-stream (a browser's EventSource does)");
    }
    return feed.subscribe(caller);
  }
}
