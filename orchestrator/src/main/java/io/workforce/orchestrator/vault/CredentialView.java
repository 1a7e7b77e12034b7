package io.workforce.orchestrator.vault;

import java.time.Instant;
import java.util.List;

/**
 * A credential without its secret (secrets are write-only).
 *
 * @param name its vault name, as flows name it
 * @param kind SHARED (one robot account) or PERSONAL (each user sets their own)
 * @param exclusive one job at a time may hold it (one login per staff account)
 * @param description what it is for
 * @param hasSharedValue whether the shared value is set
 * @param personalOwners users who set their personal value
 * @param desktopUse a shared credential an administrator marked for desktop use: attended runs hand
 *     its value to people's own machines
 * @param desktopUseBy who marked it for desktop use (null while not marked)
 * @param desktopUseAt when it was marked (null while not marked)
 * @param updatedAt last change
 */
public record CredentialView(
    String name,
    String kind,
    boolean exclusive,
    String description,
    boolean hasSharedValue,
    List<String> personalOwners,
    boolean desktopUse,
    String desktopUseBy,
    Instant desktopUseAt,
    Instant updatedAt) {}
