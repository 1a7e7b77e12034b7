package io.workforce.orchestrator.user;

import io.workforce.orchestrator.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A user as the API shows it (never the password hash).
 *
 * @param username log-in name
 * @param displayName name as shown
 * @param roles CLERK, SUPERVISOR, ADMINISTRATOR
 * @param groups the groups (departments) they belong to
 * @param language zh or en
 * @param enabled whether they may log in
 * @param passwordChangeRequired whether they should choose a new password (set by an
 *     administrator's reset)
 * @param lockedUntil while this name is locked from some client address after failed log-ins, until
 *     when (the latest such lock)
 * @param lastLoginAt their last log-in
 * @param createdAt when the account was made
 */
public record UserView(
    String username,
    String displayName,
    Set<Role> roles,
    List<String> groups,
    String language,
    boolean enabled,
    boolean passwordChangeRequired,
    Instant lockedUntil,
    Instant lastLoginAt,
    Instant createdAt) {}
