package io.workforce.protocol;

/**
 * The orchestrator's answer to an enrolment.
 *
 * @param robotId the robot's id
 * @param name its name
 * @param token the robot's own bearer token; shown only here, stored hashed by the orchestrator
 * @param heartbeatSeconds how often the robot must send a heartbeat
 * @param longPollSeconds the longest wait the orchestrator accepts on a work poll
 */
public record EnrolResponse(
    long robotId, String name, String token, long heartbeatSeconds, long longPollSeconds) {

  @Override
  public String toString() {
    return "EnrolResponse[robotId=" + robotId + ", name=" + name + ", token=***]";
  }
}
