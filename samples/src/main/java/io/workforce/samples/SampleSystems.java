package io.workforce.samples;

import io.workforce.samples.archive.ArchiveSystem;
import io.workforce.samples.archive.ArchiveTruth;
import io.workforce.samples.data.DataGenerator;
import io.workforce.samples.data.GroundTruth;
import io.workforce.samples.health.HealthSystem;
import io.workforce.samples.intake.IntakeSystem;
import io.workforce.samples.portal.PortalSystem;
import io.workforce.samples.portal.PortalTruth;
import io.workforce.samples.registry.RegistrySystem;
import io.workforce.samples.web.Account;
import io.workforce.samples.web.Chaos;
import io.workforce.samples.web.SystemSettings;
import io.workforce.samples.web.WebServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample legacy systems, running in this JVM: the enterprise registry (source), the intake
 * system (target) and the health system (verification), all serving data generated from one seed;
 * the archive system, whose lists and tables have the shapes robots must read exactly ({@link
 * #archiveTruth()}); and the one-network portal ({@link #portalTruth()}), both from the same seed.
 *
 * <pre>{@code try (SampleSystems systems = SampleSystems.start(SampleOptions.builder()
 *         .records(30).seed(7).exportEnabled(true).build())) {
 *   String registry = systems.registryUrl();          // http://127.0.0.1:PORT, pages under /qydj/
 *   GroundTruth truth = systems.groundTruth();         // what they hold, and the right results
 *   // ... run a flow against the systems ...
 *   List<Application> filed = systems.export().intakeApplications();
 * }}</pre>
 *
 * <p>URLs are origins ({@code http://host:port}); the login pages are at {@link
 * #registryLoginUrl()}, {@link #intakeLoginUrl()} and {@link #healthLoginUrl()}. Demo accounts:
 * {@link #accounts()}.
 */
public final class SampleSystems implements AutoCloseable {

  private final SampleOptions options;
  private final GroundTruth truth;
  private final WebServer registry;
  private final WebServer intake;
  private final WebServer health;
  private final WebServer archive;
  private final ArchiveTruth archiveTruth;
  private final WebServer portal;
  private final PortalTruth portalTruth;
  private final Duration startup;

  private SampleSystems(
      SampleOptions options,
      GroundTruth truth,
      WebServer registry,
      WebServer intake,
      WebServer health,
      WebServer archive,
      ArchiveTruth archiveTruth,
      WebServer portal,
      PortalTruth portalTruth,
      Duration startup) {
    this.options = options;
    this.truth = truth;
    this.registry = registry;
    this.intake = intake;
    this.health = health;
    this.archive = archive;
    this.archiveTruth = archiveTruth;
    this.portal = portal;
    this.portalTruth = portalTruth;
    this.startup = startup;
  }

  /**
   * Generates the data and starts all the systems.
   *
   * @throws IllegalStateException naming the system and port when a port is taken (nothing is left
   *     running)
   */
  public static SampleSystems start(SampleOptions options) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    long begin = System.nanoTime();
    GroundTruth truth = DataGenerator.generate(options.seed(), options.records());
    ArchiveTruth archiveTruth = ArchiveTruth.generate(options.seed());
    PortalTruth portalTruth = PortalTruth.generate(options.seed());
    List<WebServer> started = new ArrayList<>();
    try {
      started.add(
          RegistrySystem.start(truth.companies(), settings(options, options.registryPort(), 1)));
      started.add(
          IntakeSystem.start(
              truth.intakeApplications(), settings(options, options.intakePort(), 2)));
      started.add(
          HealthSystem.start(truth.healthRecords(), settings(options, options.healthPort(), 3)));
      started.add(ArchiveSystem.start(archiveTruth, settings(options, options.archivePort(), 4)));
      started.add(
          PortalSystem.start(
              portalTruth, options.seed(), settings(options, options.portalPort(), 5)));
    } catch (RuntimeException e) {
      started.forEach(WebServer::close);
      throw e;
    }
    return new SampleSystems(
        options,
        truth,
        started.get(0),
        started.get(1),
        started.get(2),
        started.get(3),
        archiveTruth,
        started.get(4),
        portalTruth,
        Duration.ofNanos(System.nanoTime() - begin));
  }

  private static SystemSettings settings(SampleOptions o, int port, int salt) {
    return new SystemSettings(
        o.host(),
        port,
        o.sessionTimeout(),
        new Chaos(o.latency(), o.faultRate(), o.seed() * 31 + salt),
        o.exportEnabled(),
        o.clock());
  }

  /**
   * Every demo account (registry: two clerks; intake: two clerks; health: one doctor; archive: one
   * archivist).
   */
  public static List<Account> accounts() {
    List<Account> all = new ArrayList<>(RegistrySystem.ACCOUNTS);
    all.addAll(IntakeSystem.ACCOUNTS);
    all.addAll(HealthSystem.ACCOUNTS);
    all.addAll(ArchiveSystem.ACCOUNTS);
    all.addAll(PortalSystem.ACCOUNTS);
    return List.copyOf(all);
  }

  /**
   * The first demo account of {@code system} ({@code registry}, {@code intake}, {@code health} or
   * {@code archive}).
   */
  public static Account account(String system) {
    return accounts().stream()
        .filter(a -> a.system().equals(system))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no sample system '"
                        + system
                        + "'; use registry, intake, health, archive or portal"));
  }

  /**
   * Origin of the registry, e.g. {@code http://127.0.0.1:18081}; its pages are under {@code
   * /qydj/}.
   */
  public String registryUrl() {
    return registry.url();
  }

  public String intakeUrl() {
    return intake.url();
  }

  public String healthUrl() {
    return health.url();
  }

  /** Origin of the archive system; its pages are under {@code /dagl/}. */
  public String archiveUrl() {
    return archive.url();
  }

  public String archiveLoginUrl() {
    return archive.url() + ArchiveSystem.LOGIN_PATH;
  }

  public String registryLoginUrl() {
    return registry.url() + RegistrySystem.LOGIN_PATH;
  }

  public String intakeLoginUrl() {
    return intake.url() + IntakeSystem.LOGIN_PATH;
  }

  /** Origin of the one-network portal (window intake), e.g. {@code http://127.0.0.1:18086}. */
  public String portalUrl() {
    return portal.url();
  }

  public String portalLoginUrl() {
    return portal.url() + PortalSystem.LOGIN_PATH;
  }

  public String healthLoginUrl() {
    return health.url() + HealthSystem.LOGIN_PATH;
  }

  /** The data the systems started with, and the right results of the sample flows. */
  public GroundTruth groundTruth() {
    return truth;
  }

  /** What the archive system holds, and the exact reading of each of its lists and tables. */
  public ArchiveTruth archiveTruth() {
    return archiveTruth;
  }

  /** The portal's services and regions, and the applications its sample flow files. */
  public PortalTruth portalTruth() {
    return portalTruth;
  }

  public SampleOptions options() {
    return options;
  }

  /**
   * Reads what the systems hold now, through their JSON export (needs {@code exportEnabled(true)}).
   */
  public SampleExport export() {
    if (!options.exportEnabled()) {
      throw new IllegalStateException(
          "the JSON export is off; start the systems with "
              + "SampleOptions.builder().exportEnabled(true) (or ./rpa samples --export)");
    }
    return new SampleExport(registry.url(), intake.url(), health.url());
  }

  /** Time from {@link #start} to all systems listening (data generation included). */
  public Duration startupTime() {
    return startup;
  }

  /** Name prefixes of the servers' worker threads, for measuring their CPU time. */
  public List<String> threadPrefixes() {
    return List.of(
        registry.threadPrefix(),
        intake.threadPrefix(),
        health.threadPrefix(),
        archive.threadPrefix(),
        portal.threadPrefix());
  }

  /** Stops all the systems. */
  @Override
  public void close() {
    registry.close();
    intake.close();
    health.close();
    archive.close();
    portal.close();
  }
}
