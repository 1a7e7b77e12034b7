package io.workforce.orchestrator.live;

import io.workforce.orchestrator.security.Caller;
import java.util.List;

/**
 * Cuts a change down to what a listener may see: supervisors and administrators hear everything; a
 * clerk hears only about the runs they started (they see no overview, robots or queues).
 */
final class LiveAudience {

  private LiveAudience() {}

  static LiveChange filter(LiveChange change, Caller caller) {
    if (caller instanceof Caller.User user && user.seesEverything()) {
      return change;
    }
    String me = caller instanceof Caller.User user ? user.username() : null;
    List<LiveChange.JobChange> jobs =
        change.jobs().stream().filter(j -> me != null && me.equals(j.startedBy())).toList();
    List<LiveChange.Progress> progress =
        change.progress().stream().filter(p -> me != null && me.equals(p.startedBy())).toList();
    return new LiveChange(change.at(), jobs, progress, 0, false, false);
  }
}
