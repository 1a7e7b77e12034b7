package io.workforce.runtime.robot;

import io.workforce.protocol.EnrolRequest;
import io.workforce.protocol.EnrolResponse;
import io.workforce.protocol.client.OrchestratorClient;
import io.workforce.protocol.client.OrchestratorException;
import io.workforce.protocol.client.OrchestratorUnreachableException;
import java.time.Duration;
import java.util.Optional;

/**
 * A robot's identity: the token kept in the state directory from an earlier enrolment with this
 * orchestrator under this name, or a new enrolment with the enrolment key. Enrolment happens once;
 * again only when the orchestrator refuses the kept token (robot retired, or enrolled again
 * elsewhere).
 */
final class Enrolment {

  private static final Duration PATIENCE = Duration.ofMinutes(2);

  private Enrolment() {}

  /** The kept identity if it is for this orchestrator and name, else a new enrolment. */
  static RobotState identity(RobotOptions options) {
    Optional<RobotState> kept =
        RobotState.load(options.stateFile())
            .filter(
                s ->
                    same(s.orchestrator(), options.orchestrator())
                        && s.name().equals(options.name()));
    return kept.orElseGet(() -> enrol(options, "state.first"));
  }

  /**
   * A new enrolment.
   *
   * @param why message key of the reason, printed with the request
   * @throws RobotException without an enrolment key, or when the orchestrator refuses the key
   */
  static RobotState enrol(RobotOptions options, String why) {
    if (options.enrolKey() == null || options.enrolKey().isBlank()) {
      throw new RobotException(
          RobotMessages.get(
              why.equals("state.first") ? "enrol.needKey" : "enrol.refusedNoKey",
              options.orchestrator(),
              options.stateFile()));
    }
    System.out.println(RobotMessages.get(why, options.orchestrator(), options.name()));
    EnrolResponse r;
    try {
      r =
          Retrying.call(
              "enrol",
              PATIENCE,
              () ->
                  OrchestratorClient.enrol(
                      options.orchestrators(),
                      new EnrolRequest(
                          options.enrolKey(),
                          options.name(),
                          LocalCapabilities.hostName(),
                          LocalCapabilities.of(options))));
    } catch (OrchestratorUnreachableException e) {
      throw new RobotException(
          RobotMessages.get("enrol.unreachable", options.orchestrator(), e.getMessage()), e);
    } catch (OrchestratorException e) {
      String detail =
          e.problem() != null && e.problem().detail() != null
              ? e.problem().detail()
              : e.getMessage();
      throw new RobotException(
          RobotMessages.get("enrol.refused", options.orchestrator(), detail), e);
    }
    RobotState state =
        new RobotState(
            options.orchestrator(),
            r.robotId(),
            r.name(),
            r.token(),
            r.heartbeatSeconds(),
            r.longPollSeconds());
    state.save(options.stateFile());
    System.out.println(RobotMessages.get("enrol.done", r.name(), r.robotId(), options.stateFile()));
    return state;
  }

  private static boolean same(String a, String b) {
    return RobotOptions.join(RobotOptions.addresses(a))
        .equals(RobotOptions.join(RobotOptions.addresses(b)));
  }
}
