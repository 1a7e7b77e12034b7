package io.workforce.samples.data;

/**
 * One row of the discrepancy report that {@code verify-applications} must write.
 *
 * @param childId the child's ID number (the key both systems share)
 * @param childName the child's name as the application has it
 * @param kind what differs
 * @param reason the reason as the report states it (e.g. 出生日期不一致)
 * @param applicationValue the value in the intake application
 * @param healthValue the value in the health record (empty when there is no record)
 */
public record ExpectedDiscrepancy(
    String childId,
    String childName,
    Discrepancy kind,
    String reason,
    String applicationValue,
    String healthValue) {}
