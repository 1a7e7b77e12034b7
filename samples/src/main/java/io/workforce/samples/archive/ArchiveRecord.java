package io.workforce.samples.archive;

import java.time.LocalDate;

/**
 * One file of the archive system (档案管理系统): a civil-affairs registration kept on record.
 *
 * @param no the archive number (档案号), unique, e.g. {@code DA20190001}
 * @param name the person's name
 * @param gender 男 or 女
 * @param idNumber the person's ID number (valid check digit)
 * @param registeredOn when the matter was registered
 * @param district the district name, e.g. 西湖区
 * @param matter what was registered (事项), e.g. 出生登记
 * @param address the home address
 * @param phone a mobile number
 */
public record ArchiveRecord(
    String no,
    String name,
    String gender,
    String idNumber,
    LocalDate registeredOn,
    String district,
    String matter,
    String address,
    String phone) {}
