package io.workforce.samples.intake;

import java.time.LocalDate;
import java.util.Map;

/** A server-side validation: a Chinese message for a bad value, or null when it is fine. */
@FunctionalInterface
interface Check {
  String problem(String value, Map<String, String> all, LocalDate today);
}
