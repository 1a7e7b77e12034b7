package io.workforce.samples.web;

import java.time.Clock;
import java.time.Duration;

/**
 * How one sample system runs: where it listens, its idle session timeout, its unreliability,
 * whether the test-only JSON export is on, and its clock.
 *
 * @param host interface to bind, e.g. 127.0.0.1
 * @param port port, 0 for a free one
 * @param sessionTimeout idle time after which a session is gone
 * @param chaos latency and fault rate
 * @param exportEnabled whether {@code /_export/...} answers (404 otherwise)
 * @param clock time source for sessions and receipt numbers
 */
public record SystemSettings(
    String host,
    int port,
    Duration sessionTimeout,
    Chaos chaos,
    boolean exportEnabled,
    Clock clock) {}
