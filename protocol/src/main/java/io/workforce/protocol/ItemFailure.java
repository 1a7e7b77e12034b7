package io.workforce.protocol;

/**
 * An item failed.
 *
 * @param kind business (final) or system (retried while attempts remain)
 * @param reason what went wrong, shown to supervisors and counted in "top failure reasons"
 */
public record ItemFailure(FailureKind kind, String reason) {}
