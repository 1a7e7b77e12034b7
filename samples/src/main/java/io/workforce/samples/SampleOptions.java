package io.workforce.samples;

import io.workforce.samples.data.DataGenerator;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link SampleSystems} start: data size and seed, the systems' unreliability, the idle session
 * timeout, the test-only JSON export, where they listen, and the clock. Build with {@link
 * #builder()}; every value has a default fit for tests (free ports, no latency, no faults, export
 * off).
 *
 * @param latency added to every response (not the export)
 * @param faultRate share of requests answered with a 5xx page, 0–1
 * @param sessionTimeout idle time after which a system logs the user out
 * @param records companies in the registry and children filed before (see {@link DataGenerator})
 * @param seed data seed; equal seeds give equal data
 * @param exportEnabled whether {@code /_export/*.json} answers (404 otherwise)
 * @param host interface to bind
 * @param registryPort port of the registry, 0 for a free one
 * @param intakePort port of the intake system, 0 for a free one
 * @param healthPort port of the health system, 0 for a free one
 * @param archivePort port of the archive system, 0 for a free one
 * @param portalPort port of the one-network portal, 0 for a free one
 * @param clock time source for session timeouts and receipt numbers
 */
public record SampleOptions(
    Duration latency,
    double faultRate,
    Duration sessionTimeout,
    int records,
    long seed,
    boolean exportEnabled,
    String host,
    int registryPort,
    int intakePort,
    int healthPort,
    int archivePort,
    int portalPort,
    Clock clock) {

  /** Ports of {@code ./rpa samples}. */
  public static final int REGISTRY_PORT = 18081;

  public static final int INTAKE_PORT = 18082;
  public static final int HEALTH_PORT = 18083;
  public static final int ARCHIVE_PORT = 18085;
  public static final int PORTAL_PORT = 18086;

  public SampleOptions {
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(sessionTimeout, "sessionTimeout");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(clock, "clock");
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative, got " + latency);
    }
    if (!(faultRate >= 0 && faultRate <= 1)) {
      throw new IllegalArgumentException(
          "faultRate must be between 0 and 1 (e.g. 0.05 for 5%), got " + faultRate);
    }
    if (sessionTimeout.isNegative() || sessionTimeout.isZero()) {
      throw new IllegalArgumentException("sessionTimeout must be positive, got " + sessionTimeout);
    }
    if (records < 1 || records > 100_000) {
      throw new IllegalArgumentException("records must be between 1 and 100000, got " + records);
    }
    for (int port : new int[] {registryPort, intakePort, healthPort, archivePort, portalPort}) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException(
            "port must be between 0 (free port) and 65535, got " + port);
      }
    }
  }

  /**
   * Defaults for tests: free ports on 127.0.0.1, seed 42, 100 records, 10 min sessions, no chaos,
   * no export.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@link #builder()} with the demo's fixed ports 18081–18083, 18085 (archive) and 18086 (portal).
   */
  public static Builder demo() {
    return builder()
        .ports(REGISTRY_PORT, INTAKE_PORT, HEALTH_PORT)
        .archivePort(ARCHIVE_PORT)
        .portalPort(PORTAL_PORT);
  }

  public Builder toBuilder() {
    return new Builder()
        .latency(latency)
        .faultRate(faultRate)
        .sessionTimeout(sessionTimeout)
        .records(records)
        .seed(seed)
        .exportEnabled(exportEnabled)
        .host(host)
        .ports(registryPort, intakePort, healthPort)
        .archivePort(archivePort)
        .portalPort(portalPort)
        .clock(clock);
  }

  /** Builder of {@link SampleOptions}. */
  public static final class Builder {
    private Duration latency = Duration.ZERO;
    private double faultRate;
    private Duration sessionTimeout = Duration.ofMinutes(10);
    private int records = DataGenerator.DEFAULT_RECORDS;
    private long seed = DataGenerator.DEFAULT_SEED;
    private boolean exportEnabled;
    private String host = "127.0.0.1";
    private int registryPort;
    private int intakePort;
    private int healthPort;
    private int archivePort;
    private int portalPort;
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {}

    public Builder latency(Duration latency) {
      this.latency = latency;
      return this;
    }

    public Builder faultRate(double faultRate) {
      this.faultRate = faultRate;
      return this;
    }

    public Builder sessionTimeout(Duration sessionTimeout) {
      this.sessionTimeout = sessionTimeout;
      return this;
    }

    public Builder records(int records) {
      this.records = records;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder exportEnabled(boolean exportEnabled) {
      this.exportEnabled = exportEnabled;
      return this;
    }

    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /** Ports of registry, intake and health; 0 = a free port. */
    public Builder ports(int registry, int intake, int health) {
      this.registryPort = registry;
      this.intakePort = intake;
      this.healthPort = health;
      return this;
    }

    /** Port of the archive system; 0 = a free port. */
    public Builder archivePort(int archive) {
      this.archivePort = archive;
      return this;
    }

    /** Port of the one-network portal; 0 = a free port. */
    public Builder portalPort(int portal) {
      this.portalPort = portal;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public SampleOptions build() {
      return new SampleOptions(
          latency,
          faultRate,
          sessionTimeout,
          records,
          seed,
          exportEnabled,
          host,
          registryPort,
          intakePort,
          healthPort,
          archivePort,
          portalPort,
          clock);
    }
  }
}
