package io.workforce.orchestrator.user;

import io.workforce.orchestrator.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The logged-in person, as the control center needs it for the session.
 *
 * @param username log-in name
 * @param displayName name as shown
 * @param roles their roles (the control center shows only what they allow)
 * @param groups their groups (departments)
 * @param language their language preference, zh or en
 * @param passwordChangeRequired true after an administrator set their password: ask them for a new
 *     one
 * @param authenticatedBy {@code session} (logged in) or {@code token} (personal API token)
 * @param authenticatedAt when they logged in (session) or made this call (token)
 * @param erasedCredentials their own values of these personal credentials were erased when an
 *     administrator reset their password: tell them to set them again (empty when none)
 */
public record Me(
    String username,
    String displayName,
    Set<Role> roles,
    List<String> groups,
    String language,
    boolean passwordChangeRequired,
    String authenticatedBy,
    Instant authenticatedAt,
    List<String> erasedCredentials) {}
