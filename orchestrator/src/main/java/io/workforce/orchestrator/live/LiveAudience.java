package io.workforce.orchestrator.live;

import io.workforce.orchestrator.security.Caller;

/** Cuts a change down to what a listener may see. */
final class LiveAudience {

  private LiveAudience() {
  }

  static LiveChange filter(LiveChange change, Caller caller) {
    return change;
  }
}
