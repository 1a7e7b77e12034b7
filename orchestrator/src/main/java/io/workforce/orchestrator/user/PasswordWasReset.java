package io.workforce.orchestrator.user;

/**
 * An administrator set a user's password. Published inside the reset's transaction so that what the
 * user kept behind their old password (their own values of personal credentials, in the vault) is
 * erased with it: the administrator, who knows the new password, could otherwise log in as them and
 * use those values.
 *
 * @param username whose password was reset
 */
public record PasswordWasReset(String username) {}
