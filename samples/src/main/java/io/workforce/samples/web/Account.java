package io.workforce.samples.web;

/**
 * A demo account of a sample system (printed by {@code ./rpa samples}; not a secret).
 *
 * @param system registry, intake or health
 * @param username login name
 * @param password password
 * @param displayName the name the system greets the user with
 */
public record Account(String system, String username, String password, String displayName) {}
