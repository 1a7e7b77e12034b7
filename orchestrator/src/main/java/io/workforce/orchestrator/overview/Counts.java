package io.workforce.orchestrator.overview;

/**
 * Items counted together: how many ended, how, and the staff minutes the successful ones saved.
 *
 * @param items items that ended
 * @param successful of which ended well (did their work, or found nothing to do)
 * @param businessFailed of which failed for a business reason (bad data)
 * @param systemFailed of which failed for a system reason (finally)
 * @param minutes staff minutes saved (items that did their work × the flow's manual minutes per
 *     item; an item that found nothing to do saved nothing)
 */
record Counts(long items, long successful, long businessFailed, long systemFailed, double minutes) {

  static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

  /** One ended item. */
  static Counts of(String outcome, double manualMinutes) {
    return switch (outcome) {
      case "SUCCESSFUL" -> new Counts(1, 1, 0, 0, manualMinutes);
      case "UNCHANGED" -> new Counts(1, 1, 0, 0, 0);
      case "BUSINESS_FAILED" -> new Counts(1, 0, 1, 0, 0);
      default -> new Counts(1, 0, 0, 1, 0);
    };
  }

  Counts plus(Counts o) {
    return new Counts(
        items + o.items,
        successful + o.successful,
        businessFailed + o.businessFailed,
        systemFailed + o.systemFailed,
        minutes + o.minutes);
  }

  long failed() {
    return businessFailed + systemFailed;
  }
}
