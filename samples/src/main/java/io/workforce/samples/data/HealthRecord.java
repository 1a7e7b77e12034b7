package io.workforce.samples.data;

import java.time.LocalDate;
import java.util.List;

/**
 * A child's health-check record in the health system (卫健系统), as that system holds it — which for
 * some children deliberately differs from the truth (see {@link Discrepancy}).
 *
 * @param recordNo the health system's record number (档案编号)
 * @param name the child's name as written there
 * @param idNumber the child's ID number
 * @param gender 男 or 女
 * @param birthDate the birth date as written there
 * @param guardian the guardian's name
 * @param guardianPhone the guardian's phone
 * @param institution where the record is kept, e.g. 杭州市西湖区妇幼保健院
 * @param checkups health checks, oldest first
 */
public record HealthRecord(
    String recordNo,
    String name,
    String idNumber,
    String gender,
    LocalDate birthDate,
    String guardian,
    String guardianPhone,
    String institution,
    List<Checkup> checkups) {}
