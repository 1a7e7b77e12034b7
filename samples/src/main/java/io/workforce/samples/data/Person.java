package io.workforce.samples.data;

import java.time.LocalDate;

/**
 * A natural person: a legal representative, a parent or a child.
 *
 * @param name e.g. 王建国
 * @param idNumber 18-character resident ID number with a valid check character
 * @param gender 男 or 女 (agrees with the ID number)
 * @param birthDate agrees with the ID number
 * @param phone an 11-digit mobile number (empty for children)
 */
public record Person(
    String name, String idNumber, String gender, LocalDate birthDate, String phone) {}
