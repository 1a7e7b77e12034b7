package io.workforce.samples.data;

import java.util.Map;

/**
 * What {@code sync-registrations} must achieve for one new registration.
 *
 * @param creditCode the queue item's reference
 * @param companyName the company
 * @param existingReceipt the receipt of an application filed before the robot ran (then the robot
 *     must file nothing and report this receipt), or null when the robot must file a new one
 * @param fields what the intake system must hold for the company afterwards
 */
public record ExpectedFiling(
    String creditCode, String companyName, String existingReceipt, Map<String, String> fields) {}
