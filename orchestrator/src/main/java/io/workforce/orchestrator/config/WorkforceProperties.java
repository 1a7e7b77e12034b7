package io.workforce.orchestrator.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code workforce.*} setting of the orchestrator, typed and checked when it starts (a bad
 * value stops the start with a message naming the property). Documented in {@code
 * docs/operations.md}.
 *
 * @param dataDir where the H2 database and the master key file live (uploads are in the database)
 * @param robots robot liveness and long polling
 * @param dispatch the dispatcher's policy
 * @param queues work-queue defaults
 * @param schedules schedule defaults
 * @param vault the credential vault
 * @param security people's log-in, passwords, lock-out and tokens
 * @param api limits of API requests
 * @param uploads limits for files robots and administrators upload
 * @param spreadsheets limits of reading uploaded spreadsheets
 */
@ConfigurationProperties("workforce")
@Validated
public record WorkforceProperties(
    @NotNull @DefaultValue("./data") Path dataDir,
    @Valid @NotNull @DefaultValue Robots robots,
    @Valid @NotNull @DefaultValue Dispatch dispatch,
    @Valid @NotNull @DefaultValue Queues queues,
    @Valid @NotNull @DefaultValue Schedules schedules,
    @Valid @NotNull @DefaultValue Vault vault,
    @Valid @NotNull @DefaultValue Security security,
    @Valid @NotNull @DefaultValue Uploads uploads,
    @Valid @NotNull @DefaultValue Api api,
    @Valid @NotNull @DefaultValue Spreadsheets spreadsheets) {

  /**
   * @param heartbeatInterval how often robots send a heartbeat (told to them at enrolment)
   * @param offlineAfter a robot silent this long is offline: its jobs fail (system) and its items
   *     return
   * @param longPollMax the longest a work poll is held open
   * @param sweepInterval how often offline robots and expired leases are looked for
   */
  public record Robots(
      @NotNull @DefaultValue("10s") Duration heartbeatInterval,
      @NotNull @DefaultValue("60s") Duration offlineAfter,
      @NotNull @DefaultValue("30s") Duration longPollMax,
      @NotNull @DefaultValue("5s") Duration sweepInterval) {

    @AssertTrue(
        message =
            "workforce.robots.offline-after must be at least twice workforce.robots.heartbeat-interval")
    public boolean isOfflineAfterLongEnough() {
      return heartbeatInterval == null
          || offlineAfter == null
          || offlineAfter.compareTo(heartbeatInterval.multipliedBy(2)) >= 0;
    }
  }

  /**
   * @param riskWindow a job whose slack (deadline - now - expected duration) is below this is "at
   *     risk" and goes before every job that is not
   * @param agingStep every this long a pending job waits, its priority counts one level higher
   * @param defaultExpectedDuration expected duration of a flow that has no successful run yet
   * @param candidateLimit how many pending jobs one dispatch decision looks at (per ordering)
   * @param rescanInterval how often waiting robots re-check for work created on other nodes
   */
  public record Dispatch(
      @NotNull @DefaultValue("15m") Duration riskWindow,
      @NotNull @DefaultValue("10m") Duration agingStep,
      @NotNull @DefaultValue("10m") Duration defaultExpectedDuration,
      @Min(10) @Max(10000) @DefaultValue("200") int candidateLimit,
      @NotNull @DefaultValue("1s") Duration rescanInterval) {}

  /**
   * @param defaultLease lease of a claimed item when neither the queue nor the robot says otherwise
   * @param maxLease the longest lease a robot may ask for
   * @param defaultMaxAttempts attempts of a new queue's items (system failures are retried until
   *     then)
   * @param importMaxRows the most rows one spreadsheet import may hold
   * @param queueTriggerInterval how often queue triggers look for queues with work
   */
  public record Queues(
      @NotNull @DefaultValue("5m") Duration defaultLease,
      @NotNull @DefaultValue("1h") Duration maxLease,
      @Min(1) @Max(100) @DefaultValue("3") int defaultMaxAttempts,
      @Min(1) @DefaultValue("100000") int importMaxRows,
      @NotNull @DefaultValue("5s") Duration queueTriggerInterval) {}

  /**
   * @param timeZone time zone of schedules that name none
   */
  public record Schedules(@NotNull @DefaultValue("Asia/Shanghai") ZoneId timeZone) {}

  /**
   * @param masterKeyFile the master key file used when {@code WORKFORCE_MASTER_KEY} is not set;
   *     generated (mode 0600) on first start; default {@code <data-dir>/master.key}
   */
  public record Vault(Path masterKeyFile) {}

  /**
   * People's log-in, passwords and tokens.
   *
   * @param adminUsername the first administrator's user name, created at the first start
   * @param adminPassword the first administrator's password ({@code WORKFORCE_ADMIN_PASSWORD});
   *     when unset a random one is generated and printed once to the console (never to the log)
   * @param adminToken optional personal API token given to the first administrator at the first
   *     start ({@code WORKFORCE_ADMIN_TOKEN}, {@code wfp_} + at least 28 characters), for
   *     provisioning scripts; stored hashed like every token, revocable
   * @param passwordMinLength the shortest password a person may choose
   * @param maxFailedLogins failed log-ins in a row of one name from one client address after which
   *     that name is refused from that address
   * @param maxFailedLoginsPerAddress failed log-ins (any names) from one client address within
   *     {@code addressWindow} after which every log-in from that address is refused
   * @param addressWindow the window of {@code maxFailedLoginsPerAddress}
   * @param lockout how long the first lock-out lasts; each further one doubles it
   * @param maxLockout the longest lock-out
   * @param tokenDefaultValidity how long a personal API token works when its creator names no
   *     expiry
   * @param tokenMaxValidity the longest validity a personal API token may have
   * @param secureCookies mark the session and CSRF cookies Secure (set it when TLS is in front)
   * @param contentSecurityPolicy the Content-Security-Policy header of every answer
   */
  public record Security(
      @DefaultValue("admin") @NotNull String adminUsername,
      String adminPassword,
      String adminToken,
      @Min(8) @Max(64) @DefaultValue("10") int passwordMinLength,
      @Min(1) @Max(100) @DefaultValue("5") int maxFailedLogins,
      @Min(1) @Max(100000) @DefaultValue("30") int maxFailedLoginsPerAddress,
      @NotNull @DefaultValue("10m") Duration addressWindow,
      @NotNull @DefaultValue("1m") Duration lockout,
      @NotNull @DefaultValue("1h") Duration maxLockout,
      @NotNull @DefaultValue("90d") Duration tokenDefaultValidity,
      @NotNull @DefaultValue("365d") Duration tokenMaxValidity,
      @DefaultValue("false") boolean secureCookies,
      @NotNull
          @DefaultValue(
              "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                  + "img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'self'; "
                  + "frame-ancestors 'none'")
          String contentSecurityPolicy) {

    @AssertTrue(
        message =
            "workforce.security.admin-password must be at least workforce.security.password-min-length long")
    public boolean isAdminPasswordLongEnough() {
      return adminPassword == null
          || adminPassword.isEmpty()
          || adminPassword.length() >= passwordMinLength;
    }

    @AssertTrue(
        message =
            "workforce.security.admin-token must start with wfp_ and be at least 32 characters long")
    public boolean isAdminTokenWellFormed() {
      return adminToken == null
          || adminToken.isEmpty()
          || (adminToken.startsWith("wfp_") && adminToken.length() >= 32);
    }

    @AssertTrue(
        message = "workforce.security.token-default-validity must not exceed token-max-validity")
    public boolean isTokenValidityConsistent() {
      return tokenDefaultValidity == null
          || tokenMaxValidity == null
          || tokenDefaultValidity.compareTo(tokenMaxValidity) <= 0;
    }

    /** The configured password, or null when none is set. */
    public String initialPassword() {
      return adminPassword == null || adminPassword.isEmpty() ? null : adminPassword;
    }

    /** The configured bootstrap token, or null when none is set. */
    public String initialToken() {
      return adminToken == null || adminToken.isEmpty() ? null : adminToken;
    }

    @Override
    public String toString() {
      return "Security[adminUsername="
          + adminUsername
          + ", adminPassword="
          + (initialPassword() == null ? "none" : "***")
          + ", adminToken="
          + (initialToken() == null ? "none" : "***")
          + ", maxFailedLogins="
          + maxFailedLogins
          + "]";
    }
  }

  /**
   * @param maxBodySize the largest request body of an API call (uploads have their own limits)
   */
  public record Api(@NotNull @DefaultValue("2MB") DataSize maxBodySize) {}

  /**
   * @param maxScreenshotSize the largest screenshot a robot may upload
   */
  public record Uploads(@NotNull @DefaultValue("5MB") DataSize maxScreenshotSize) {}

  /**
   * Limits of reading an uploaded spreadsheet (a job's input file, a queue import). Spreadsheets
   * are read as a stream, row by row; only the shared-strings table of an xlsx is held in memory,
   * so its size bounds what one reading costs, and the number of readings at once bounds the sum.
   *
   * @param maxRows the most data rows of a job's input file (queue imports: {@code
   *     workforce.queues.import-max-rows})
   * @param maxCells the most cells of one spreadsheet, and the most entries of its shared-strings
   *     table
   * @param maxSharedStrings the largest shared-strings part of an xlsx (uncompressed)
   * @param maxParallel how many spreadsheets the server reads at once (0 = half the processors, at
   *     least one: reading takes a core, the rest stays for robots and people); more answer 429
   * @param maxParallelPerUser how many of them one person (or robot) may have read at once
   * @param retryAfter what a 429 tells the caller to wait before trying again
   */
  public record Spreadsheets(
      @Min(1) @DefaultValue("100000") int maxRows,
      @Min(1) @DefaultValue("3000000") int maxCells,
      @NotNull @DefaultValue("64MB") DataSize maxSharedStrings,
      @Min(0) @Max(64) @DefaultValue("0") int maxParallel,
      @Min(1) @Max(64) @DefaultValue("1") int maxParallelPerUser,
      @NotNull @DefaultValue("10s") Duration retryAfter) {

    /** {@link #maxParallel}, with 0 resolved for this machine. */
    public int parallel() {
      return maxParallel > 0
          ? maxParallel
          : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
  }

  /** Where the master key file is: the configured file, else {@code <data-dir>/master.key}. */
  public Path masterKeyFile() {
    return vault.masterKeyFile() != null ? vault.masterKeyFile() : dataDir.resolve("master.key");
  }
}
