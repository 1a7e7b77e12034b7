package io.workforce.orchestrator.overview;

/**
 * Failures of one flow with one reason on one local day.
 *
 * @param day the epoch day
 * @param flow the flow, '' for none
 * @param reason the reason as recorded
 * @param count how many items failed with it
 */
record Failure(long day, String flow, String reason, long count) {}
