package io.workforce.orchestrator.robot;

/**
 * A new enrolment key: the only time its value is shown (the orchestrator keeps a hash).
 *
 * @param key the key to give to {@code ./rpa robot --enrol-key}
 * @param info the key's details
 */
public record CreatedEnrolmentKey(String key, EnrolmentKeyView info) {}
