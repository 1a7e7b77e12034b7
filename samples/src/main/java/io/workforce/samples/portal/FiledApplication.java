package io.workforce.samples.portal;

import java.time.LocalDate;

/**
 * An application the portal accepted, with its receipt number (what {@code /_export/portal.json}
 * lists).
 *
 * @param receiptNo e.g. {@code YWTB20270104-0001}
 * @param clerk the user name of the clerk who filed it
 */
public record FiledApplication(
    String receiptNo,
    String name,
    String idNumber,
    String mobile,
    String agentName,
    String agentMobile,
    String cityCode,
    String districtCode,
    String streetCode,
    String serviceCode,
    String serviceNote,
    LocalDate appointment,
    String remark,
    String clerk) {}
