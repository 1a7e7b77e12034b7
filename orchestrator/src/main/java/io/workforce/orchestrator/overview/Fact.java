package io.workforce.orchestrator.overview;

/**
 * Counts of one flow on one robot in one time bucket: a row of a rollup table, or processed items
 * not rolled up yet folded the same way.
 *
 * @param bucket the epoch day (local date in the configured zone) or the epoch hour (UTC)
 * @param flow the flow's name, '' for none
 * @param robotId the robot, 0 for none
 * @param counts the counts
 */
record Fact(long bucket, String flow, long robotId, Counts counts) {

  /** The key of a fact, for folding facts of the same bucket, flow and robot together. */
  record Key(long bucket, String flow, long robotId) {}

  Key key() {
    return new Key(bucket, flow, robotId);
  }
}
