package io.workforce.orchestrator.flow;

import java.time.Instant;

/**
 * A published flow version.
 *
 * @param name the flow
 * @param version the version
 * @param contentHash SHA-256 of the source
 * @param live whether it is the version jobs start with by default
 * @param publishedAt when
 * @param publishedBy who
 * @param descriptor what the orchestrator knows about it
 * @param source the source text (only when one version is asked for)
 */
public record FlowVersionView(
    String name,
    int version,
    String contentHash,
    boolean live,
    Instant publishedAt,
    String publishedBy,
    FlowDescriptor descriptor,
    String source) {}
