package io.workforce.protocol;

/**
 * A robot's first call: an administrator's enrolment key buys it a token of its own.
 *
 * @param enrolKey the enrolment key an administrator created (shown once)
 * @param name the robot's name, unique among robots (e.g. the host name)
 * @param hostname where it runs
 * @param capabilities what it can do
 */
public record EnrolRequest(
    String enrolKey, String name, String hostname, Capabilities capabilities) {

  @Override
  public String toString() {
    return "EnrolRequest[name=" + name + ", hostname=" + hostname + ", enrolKey=***]";
  }
}
