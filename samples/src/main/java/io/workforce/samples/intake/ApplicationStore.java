package io.workforce.samples.intake;

import io.workforce.samples.data.Application;
import io.workforce.samples.data.ReceiptNumbers;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The intake system's applications in memory. Filing is atomic with the duplicate check, so two
 * robots filing the same company at once still get one application and one "duplicate".
 */
final class ApplicationStore {

  /** The outcome of filing: a new application, or the one filed before under the same key. */
  sealed interface Filing permits Filed, Duplicate {}

  record Filed(Application application) implements Filing {}

  record Duplicate(Application existing) implements Filing {}

  private final Map<String, Application> byReceipt = new LinkedHashMap<>();
  private final Map<String, Application> byKey = new HashMap<>();
  private final Map<LocalDate, Integer> counters = new HashMap<>();

  ApplicationStore(List<Application> initial) {
    initial.forEach(this::add);
  }

  synchronized Filing file(
      String service,
      String key,
      String title,
      Map<String, String> fields,
      String clerk,
      LocalDateTime now) {
    Application existing = byKey.get(service + ":" + key);
    if (existing != null) {
      return new Duplicate(existing);
    }
    int counter = counters.merge(now.toLocalDate(), 1, Integer::sum);
    Application a =
        new Application(
            ReceiptNumbers.format(now.toLocalDate(), counter),
            service,
            key,
            title,
            now.withNano(0),
            clerk,
            Collections.unmodifiableMap(new LinkedHashMap<>(fields)));
    byReceipt.put(a.receiptNo(), a);
    byKey.put(service + ":" + key, a);
    return new Filed(a);
  }

  synchronized Optional<Application> byKey(String service, String key) {
    return Optional.ofNullable(byKey.get(service + ":" + key));
  }

  synchronized Optional<Application> byReceipt(String receiptNo) {
    return Optional.ofNullable(byReceipt.get(receiptNo));
  }

  /**
   * Applications of {@code service} (all when empty) whose receipt, key or title contains {@code
   * q}, newest first.
   */
  synchronized List<Application> search(String service, String q) {
    List<Application> hits = new ArrayList<>();
    for (Application a : byReceipt.values()) {
      boolean serviceOk = service.isEmpty() || a.service().equals(service);
      boolean textOk =
          q.isEmpty() || a.receiptNo().contains(q) || a.key().contains(q) || a.title().contains(q);
      if (serviceOk && textOk) {
        hits.add(a);
      }
    }
    hits.sort((x, y) -> y.receiptNo().compareTo(x.receiptNo()));
    return hits;
  }

  /** Every application in filing order. */
  synchronized List<Application> all() {
    return List.copyOf(byReceipt.values());
  }

  private void add(Application a) {
    byReceipt.put(a.receiptNo(), a);
    byKey.put(a.service() + ":" + a.key(), a);
    counters.merge(
        ReceiptNumbers.day(a.receiptNo()), ReceiptNumbers.counter(a.receiptNo()), Math::max);
  }
}
