package io.workforce.protocol;

/**
 * A published flow version as a robot fetches it.
 *
 * @param name the flow's name
 * @param version its version
 * @param contentHash SHA-256 (hex) of {@code source}
 * @param source the YAML (or JSON) text as published
 * @param sourceName the file name it was published from, for error locations
 */
public record FlowDocument(
    String name, int version, String contentHash, String source, String sourceName) {}
