package io.workforce.orchestrator.flow;

import io.workforce.orchestrator.api.ConflictException;
import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.audit.AuditLog;
import io.workforce.orchestrator.db.Db;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Published flows: validated on publish, versions immutable (same version + same content is a
 * no-op, same version + other content is refused), a content hash per version, one live version per
 * flow.
 */
@Service
public class FlowCatalog {

  private static final int MAX_SOURCE = 1_000_000;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final JsonMapper json;
  private final FlowCompiler compiler;
  private final Map<String, FlowDescriptor> descriptors = new ConcurrentHashMap<>();
  private final Map<String, List<String>> enqueues = new ConcurrentHashMap<>();
  private final AuditLog audit;

  FlowCatalog(
      JdbcClient jdbc, Clock clock, JsonMapper json, FlowCompiler compiler, AuditLog audit) {
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
    this.json = json;
    this.compiler = compiler;
  }

  /**
   * Publishes a flow version.
   *
   * @param sourceName the file name, for problem locations
   * @param source the YAML or JSON text
   * @param makeLive make it the live version (a flow's first version is always live)
   * @param actor who publishes
   */
  @Transactional
  public FlowVersionView publish(String sourceName, String source, boolean makeLive, String actor) {
    if (source == null || source.isBlank()) {
      throw new InvalidRequestException(Text.of("流程内容为空", "the flow source is empty"));
    }
    if (source.length() > MAX_SOURCE) {
      throw new InvalidRequestException(
          Text.of("流程文件超过 1 MB", "the flow source is larger than 1 MB"));
    }
    FlowDescriptor d = compiler.compile(sourceName, source);
    String hash = sha256(source);
    Instant now = clock.instant();
    ensureFlowRow(d.name(), now);
    Optional<String> existing =
        jdbc.sql("SELECT content_hash FROM flow_version WHERE flow_name = ? AND version = ?")
            .params(d.name(), d.version())
            .query(String.class)
            .optional();
    if (existing.isPresent()) {
      if (existing.get().equals(hash)) {
        return version(d.name(), d.version(), false);
      }
      throw new ConflictException(
          "flow-version-taken",
          Text.of(
              "流程 '" + d.name() + "' 的版本 " + d.version() + " 已发布且内容不同; 已发布的版本不可修改, 请提高 version:",
              "version "
                  + d.version()
                  + " of flow '"
                  + d.name()
                  + "' is already published with other content; "
                  + "published versions never change: raise 'version:'"));
    }
    jdbc.sql(
            "INSERT INTO flow_version (flow_name, version, content_hash, source, source_name, description, "
                + "manual_minutes, descriptor, published_at, published_by) VALUES (?,?,?,?,?,?,?,?,?,?)")
        .params(
            d.name(),
            d.version(),
            hash,
            source,
            sourceName,
            d.description(),
            d.manualMinutesPerItem(),
            json.writeValueAsString(d),
            Db.ts(now),
            actor)
        .update();
    jdbc.sql(
            "UPDATE flow SET live_version = CASE WHEN live_version IS NULL OR ? THEN ? ELSE live_version END, "
                + "updated_at = ? WHERE name = ?")
        .params(makeLive, d.version(), Db.ts(now), d.name())
        .update();
    audit.record(
        "flow.publish",
        "flow:" + d.name(),
        "version "
            + d.version()
            + ", sha-256 "
            + hash.substring(0, 12)
            + (makeLive ? ", live" : ""));
    return version(d.name(), d.version(), false);
  }

  /** Makes another published version the live one. */
  @Transactional
  public FlowVersionView setLive(String name, int version) {
    version(name, version, false);
    jdbc.sql("UPDATE flow SET live_version = ?, updated_at = ? WHERE name = ?")
        .params(version, Db.ts(clock.instant()), name)
        .update();
    audit.record("flow.live", "flow:" + name, "version " + version);
    return version(name, version, false);
  }

  public List<FlowView> list() {
    return jdbc.sql(FLOW_SELECT + " ORDER BY f.name").query(FlowCatalog::flowView).list();
  }

  public FlowView get(String name) {
    return jdbc.sql(FLOW_SELECT + " WHERE f.name = ?")
        .param(name)
        .query(FlowCatalog::flowView)
        .optional()
        .orElseThrow(() -> NotFoundException.of("流程", "flow", name));
  }

  public List<FlowVersionView> versions(String name) {
    get(name);
    return jdbc.sql(VERSION_SELECT + " WHERE v.flow_name = ? ORDER BY v.version DESC")
        .param(name)
        .query((rs, n) -> versionView(rs, false))
        .list();
  }

  /** One version; with its source text when {@code withSource}. */
  public FlowVersionView version(String name, int version, boolean withSource) {
    return jdbc.sql(VERSION_SELECT + " WHERE v.flow_name = ? AND v.version = ?")
        .params(name, version)
        .query((rs, n) -> versionView(rs, withSource))
        .optional()
        .orElseThrow(() -> noSuchVersion(name, version));
  }

  /** The answer to a flow version that does not exist (or that a robot is not running). */
  public static NotFoundException noSuchVersion(String name, int version) {
    return new NotFoundException(
        Text.of(
            "流程 '" + name + "' 没有版本 " + version, "flow '" + name + "' has no version " + version));
  }

  /** The descriptor of a version (cached: versions never change). */
  public FlowDescriptor descriptor(String name, int version) {
    return descriptors.computeIfAbsent(
        name + "@" + version, k -> version(name, version, false).descriptor());
  }

  /**
   * The queues a version's {@code enqueue} steps add to. A version published before descriptors
   * listed them is read again from its source (once: versions never change).
   */
  public List<String> enqueues(String name, int version) {
    FlowDescriptor d = descriptor(name, version);
    if (d.enqueues() != null) {
      return d.enqueues();
    }
    return enqueues.computeIfAbsent(
        name + "@" + version,
        k -> {
          try {
            return compiler
                .compile(name + ".yaml", version(name, version, true).source())
                .enqueues();
          } catch (FlowRejectedException e) {
            return List.of(); // no longer valid: it adds to no queue
          }
        });
  }

  /** The queue the live version of a flow reads (its {@code input.queue}), if it reads one. */
  public Optional<String> queueOf(String name) {
    FlowDescriptor d = descriptor(name, liveVersion(name));
    return "queue".equals(d.input().kind())
        ? Optional.ofNullable(d.input().queue())
        : Optional.empty();
  }

  /** The live version of a flow. */
  public int liveVersion(String name) {
    FlowView f = get(name);
    if (f.liveVersion() == null) {
      throw new ConflictException(
          "flow-not-live",
          Text.of("流程 '" + name + "' 没有生效版本", "flow '" + name + "' has no live version"));
    }
    return f.liveVersion();
  }

  /**
   * Expected duration of a run of this flow: a moving average of its successful runs, or empty
   * before the first one.
   */
  public Optional<Duration> expectedDuration(String name) {
    return jdbc.sql("SELECT expected_seconds FROM flow WHERE name = ?")
        .param(name)
        .query(
            (rs, n) -> {
              double s = rs.getDouble(1);
              return rs.wasNull() ? null : Duration.ofMillis((long) (s * 1000));
            })
        .optional();
  }

  /** Feeds a successful run's duration into the moving average (weight 1/5 for the newest). */
  public void recordSuccessfulRun(String name, Duration took) {
    double s = took.toMillis() / 1000.0;
    jdbc.sql(
            "UPDATE flow SET expected_seconds = CASE WHEN expected_seconds IS NULL THEN ? "
                + "ELSE expected_seconds * 0.8 + ? * 0.2 END WHERE name = ?")
        .params(s, s, name)
        .update();
  }

  private void ensureFlowRow(String name, Instant now) {
    if (jdbc.sql("SELECT COUNT(*) FROM flow WHERE name = ?")
            .param(name)
            .query(Integer.class)
            .single()
        == 0) {
      try {
        jdbc.sql("INSERT INTO flow (name, created_at, updated_at) VALUES (?,?,?)")
            .params(name, Db.ts(now), Db.ts(now))
            .update();
      } catch (DuplicateKeyException e) {
        // published at the same moment by another request: the row is there, which is all we need
      }
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String FLOW_SELECT =
      "SELECT f.name, f.live_version, f.expected_seconds, f.updated_at, "
          + "(SELECT MAX(version) FROM flow_version x WHERE x.flow_name = f.name) AS latest, "
          + "lv.description, lv.manual_minutes FROM flow f "
          + "LEFT JOIN flow_version lv ON lv.flow_name = f.name AND lv.version = f.live_version";

  private static final String VERSION_SELECT =
      "SELECT v.*, f.live_version FROM flow_version v " + "JOIN flow f ON f.name = v.flow_name";

  private static FlowView flowView(ResultSet rs, int n) throws SQLException {
    double expected = rs.getDouble("expected_seconds");
    Double exp = rs.wasNull() ? null : expected;
    return new FlowView(
        rs.getString("name"),
        Db.integer(rs, "live_version"),
        rs.getInt("latest"),
        rs.getString("description"),
        rs.getDouble("manual_minutes"),
        exp,
        Db.instant(rs, "updated_at"));
  }

  private FlowVersionView versionView(ResultSet rs, boolean withSource) throws SQLException {
    int version = rs.getInt("version");
    Integer live = Db.integer(rs, "live_version");
    return new FlowVersionView(
        rs.getString("flow_name"),
        version,
        rs.getString("content_hash"),
        live != null && live == version,
        Db.instant(rs, "published_at"),
        rs.getString("published_by"),
        json.readValue(rs.getString("descriptor"), FlowDescriptor.class),
        withSource ? rs.getString("source") : null);
  }
}
