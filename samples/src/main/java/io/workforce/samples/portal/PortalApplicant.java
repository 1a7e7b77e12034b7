package io.workforce.samples.portal;

import java.time.LocalDate;

/**
 * One application a window clerk files on the portal, as the clerk's list has it (the sample flow's
 * input) and as the portal must hold it afterwards.
 *
 * @param seq 1-based position in the list
 * @param name the applicant's name
 * @param idNumber the applicant's resident ID number (valid check digit)
 * @param mobile the applicant's mobile number
 * @param agentName who files for the applicant ("代办"), or empty when the applicant comes in person
 * @param agentMobile the agent's mobile number, or empty
 * @param cityCode the city where the service is done (GB/T 2260)
 * @param districtCode the district
 * @param streetCode the street office (district code + 3 digits)
 * @param serviceCode the service, e.g. {@code A01} (see {@link PortalTruth#services()})
 * @param appointment the appointment date (a weekday)
 * @param remark a free remark (may be empty)
 */
public record PortalApplicant(
    int seq,
    String name,
    String idNumber,
    String mobile,
    String agentName,
    String agentMobile,
    String cityCode,
    String districtCode,
    String streetCode,
    String serviceCode,
    LocalDate appointment,
    String remark) {

  /** Whether someone files for the applicant. */
  public boolean byAgent() {
    return !agentName.isEmpty();
  }
}
