package io.workforce.samples.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The applications the portal accepted; one person cannot have the same service twice. */
final class PortalStore {

  private final Clock clock;
  private final List<FiledApplication> filed = new ArrayList<>();

  PortalStore(Clock clock) {
    this.clock = clock;
  }

  /** The application already filed for this person and service, if any. */
  synchronized Optional<FiledApplication> existing(String idNumber, String serviceCode) {
    return filed.stream()
        .filter(a -> a.idNumber().equals(idNumber) && a.serviceCode().equals(serviceCode))
        .findFirst();
  }

  /** Files an application: gives it the next receipt number of the day. */
  synchronized FiledApplication file(FiledApplication a) {
    String no =
        "YWTB"
            + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE)
            + "-"
            + String.format("%04d", filed.size() + 1);
    FiledApplication done =
        new FiledApplication(
            no,
            a.name(),
            a.idNumber(),
            a.mobile(),
            a.agentName(),
            a.agentMobile(),
            a.cityCode(),
            a.districtCode(),
            a.streetCode(),
            a.serviceCode(),
            a.serviceNote(),
            a.appointment(),
            a.remark(),
            a.clerk());
    filed.add(done);
    return done;
  }

  synchronized Optional<FiledApplication> byReceipt(String no) {
    return filed.stream().filter(a -> a.receiptNo().equals(no)).findFirst();
  }

  /** This person's applications, in the order they were filed. */
  synchronized List<FiledApplication> byIdNumber(String idNumber) {
    return filed.stream().filter(a -> a.idNumber().equals(idNumber)).toList();
  }

  synchronized List<FiledApplication> all() {
    return List.copyOf(filed);
  }
}
