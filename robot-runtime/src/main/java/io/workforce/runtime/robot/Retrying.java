package io.workforce.runtime.robot;

import io.workforce.protocol.client.OrchestratorUnreachableException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Calls to the orchestrator that must not be lost (a job's state, an item's outcome, a claim):
 * tried again with a growing pause while the orchestrator cannot be reached (restarting, network
 * down), for at most {@code patience}. A refusal ({@link
 * io.workforce.protocol.client.OrchestratorException} that is not "unreachable") is passed on at
 * once: asking again would get the same answer.
 */
final class Retrying {

  static final Duration FIRST_PAUSE = Duration.ofMillis(500);
  static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

  private Retrying() {}

  /**
   * The call's answer.
   *
   * @throws OrchestratorUnreachableException when the orchestrator stayed unreachable for {@code
   *     patience}
   */
  static <T> T call(String what, Duration patience, Supplier<T> call) {
    long deadline = System.nanoTime() + patience.toNanos();
    long pause = FIRST_PAUSE.toMillis();
    boolean warned = false;
    while (true) {
      try {
        T answer = call.get();
        if (warned) {
          System.out.println(RobotMessages.get("retry.back", what));
        }
        return answer;
      } catch (OrchestratorUnreachableException e) {
        if (System.nanoTime() + pause * 1_000_000 > deadline
            || Thread.currentThread().isInterrupted()) {
          throw e;
        }
        if (!warned) {
          System.out.println(RobotMessages.get("retry.waiting", what, e.getMessage()));
          warned = true;
        }
        sleep(pause);
        pause = Math.min(pause * 2, LONGEST_PAUSE.toMillis());
      }
    }
  }

  /** As {@link #call} for a call without an answer. */
  static void run(String what, Duration patience, Runnable call) {
    call(
        what,
        patience,
        () -> {
          call.run();
          return Boolean.TRUE;
        });
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
