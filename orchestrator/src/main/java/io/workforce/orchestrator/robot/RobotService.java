package io.workforce.orchestrator.robot;

import io.workforce.orchestrator.api.ConflictException;
import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.audit.AuditLog;
import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.job.JobStateMachine;
import io.workforce.orchestrator.security.Tokens;
import io.workforce.protocol.Capabilities;
import io.workforce.protocol.EnrolRequest;
import io.workforce.protocol.EnrolResponse;
import io.workforce.protocol.Heartbeat;
import io.workforce.protocol.HeartbeatReply;
import io.workforce.protocol.RobotActivity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Robots: enrolment, heartbeats, capabilities, liveness, retirement. */
@Service
public class RobotService {

  private static final Logger log = LoggerFactory.getLogger(RobotService.class);
  private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final JsonMapper json;
  private final EnrolmentKeys keys;
  private final RobotTokenCache tokens;
  private final ApplicationEventPublisher events;
  private final WorkforceProperties.Robots settings;
  private final AuditLog audit;

  RobotService(
      JdbcClient jdbc,
      Clock clock,
      JsonMapper json,
      EnrolmentKeys keys,
      RobotTokenCache tokens,
      ApplicationEventPublisher events,
      WorkforceProperties properties,
      AuditLog audit) {
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
    this.json = json;
    this.keys = keys;
    this.tokens = tokens;
    this.events = events;
    this.settings = properties.robots();
  }

  /**
   * Enrols a robot with an enrolment key and gives it a token. A name already taken answers 409
   * unless the key is the one an administrator made to re-enrol that very robot (a reinstalled
   * machine): then it gets a new token, the old token stops working and its unfinished work is
   * handed back as if the robot had gone offline.
   */
  @Transactional
  public EnrolResponse enrol(EnrolRequest request) {
    if (request.name() == null || !request.name().matches(NAME)) {
      throw InvalidRequestException.field(
          "name",
          "机器人名称须为 1-100 个字母、数字、'.'、'_' 或 '-'",
          "a robot name is 1-100 letters, digits, '.', '_' or '-' (got '" + request.name() + "')");
    }
    EnrolmentKeys.Use use = keys.consume(request.enrolKey());
    Capabilities caps =
        request.capabilities() == null ? Capabilities.basic() : request.capabilities();
    // a re-enrolment keeps the robot's pool (the key's); only a new robot may choose its own
    String pool = use.pool() != null || use.robotId() != null ? use.pool() : caps.pool();
    String token = Tokens.generate("wfr_");
    Instant now = clock.instant();
    Optional<Long> existing =
        jdbc.sql("SELECT id FROM robot WHERE name = ?")
            .param(request.name())
            .query(Long.class)
            .optional();
    if (use.robotId() != null && !existing.equals(Optional.of(use.robotId()))) {
      throw new ConflictException(
          "enrolment-key-bound",
          Text.of(
              "这个注册密钥只能重新注册它所属的那台机器人, 不能注册 '" + request.name() + "'",
              "this enrolment key re-enrols one particular robot only, not '"
                  + request.name()
                  + "'"));
    }
    if (existing.isPresent() && use.robotId() == null) {
      // a key for new robots never takes over a name: the real robot would lose its token
      throw new ConflictException(
          "robot-name-taken",
          Text.of(
              "已有名为 '"
                  + request.name()
                  + "' 的机器人。换一个名称 (--name), 或请管理员为这台机器人生成重新注册密钥"
                  + " (POST /api/v1/robots/"
                  + existing.get()
                  + "/re-enrolment-key)",
              "a robot named '"
                  + request.name()
                  + "' exists already: choose another name (--name), or ask an administrator for"
                  + " a key that re-enrols this robot (POST /api/v1/robots/"
                  + existing.get()
                  + "/re-enrolment-key)"),
          existing.get());
    }
    long id;
    if (existing.isPresent()) {
      id = existing.get();
      tokens.forget(id);
      jdbc.sql(
              "UPDATE robot SET token_hash = ?, hostname = ?, pool = ?, labels = ?, capabilities = ?, status = 'ONLINE', "
                  + "activity = 'IDLE', enrolment_key_id = ?, enrolled_at = ?, last_heartbeat_at = ?, retired_at = NULL WHERE id = ?")
          .params(
              Tokens.hash(token),
              request.hostname(),
              pool,
              Db.joinList(caps.labels()),
              json.writeValueAsString(caps),
              use.id(),
              Db.ts(now),
              Db.ts(now),
              id)
          .update();
      events.publishEvent(new RobotWentOffline(id, request.name(), "robot re-enrolled"));
      log.info("robot {} (id {}) enrolled again; its old token is revoked", request.name(), id);
    } else {
      GeneratedKeyHolder key = new GeneratedKeyHolder();
      jdbc.sql(
              "INSERT INTO robot (name, token_hash, hostname, pool, labels, capabilities, status, activity, "
                  + "enrolment_key_id, enrolled_at, last_heartbeat_at) VALUES (?,?,?,?,?,?,'ONLINE','IDLE',?,?,?)")
          .params(
              request.name(),
              Tokens.hash(token),
              request.hostname(),
              pool,
              Db.joinList(caps.labels()),
              json.writeValueAsString(caps),
              use.id(),
              Db.ts(now),
              Db.ts(now))
          .update(key, "id");
      id = key.getKey().longValue();
      log.info(
          "robot {} enrolled (id {}, pool {})",
          request.name(),
          id,
          pool == null ? "default" : pool);
    }
    audit.recordFor(
        "robot:" + request.name(),
        "ROBOT",
        "robot.enrol",
        "robot:" + id,
        "with enrolment key "
            + use.id()
            + (existing.isPresent()
                ? " (re-enrolled with its re-enrolment key: the old token is revoked)"
                : ""));
    return new EnrolResponse(
        id,
        request.name(),
        token,
        settings.heartbeatInterval().toSeconds(),
        settings.longPollMax().toSeconds());
  }

  /** Records a heartbeat; the answer lists this robot's jobs someone asked to stop. */
  @Transactional
  public HeartbeatReply heartbeat(long robotId, Heartbeat heartbeat) {
    Instant now = clock.instant();
    RobotActivity activity =
        heartbeat.activity() == null ? RobotActivity.IDLE : heartbeat.activity();
    if (activity == RobotActivity.LEAVING) {
      return leaving(robotId, now);
    }
    if (heartbeat.capabilities() != null) {
      Capabilities caps = heartbeat.capabilities();
      jdbc.sql("UPDATE robot SET capabilities = ?, labels = ? WHERE id = ?")
          .params(json.writeValueAsString(caps), Db.joinList(caps.labels()), robotId)
          .update();
    }
    int back =
        jdbc.sql(
                "UPDATE robot SET status = 'ONLINE', last_heartbeat_at = ?, activity = ? "
                    + "WHERE id = ? AND status = 'OFFLINE'")
            .params(Db.ts(now), activity.name(), robotId)
            .update();
    if (back == 1) {
      log.info("robot {} is back online", robotId);
    } else {
      jdbc.sql(
              "UPDATE robot SET last_heartbeat_at = ?, activity = ? WHERE id = ? AND status = 'ONLINE'")
          .params(Db.ts(now), activity.name(), robotId)
          .update();
    }
    List<Long> stop =
        jdbc.sql("SELECT id FROM job WHERE robot_id = ? AND state = 'STOPPING' ORDER BY id")
            .param(robotId)
            .query(Long.class)
            .list();
    return new HeartbeatReply(now, stop);
  }

  /**
   * A robot's last heartbeat before it shuts down: offline at once, so that its unstarted work goes
   * to others.
   */
  private HeartbeatReply leaving(long robotId, Instant now) {
    int switched =
        jdbc.sql(
                "UPDATE robot SET status = 'OFFLINE', last_heartbeat_at = ?, activity = ? "
                    + "WHERE id = ? AND status = 'ONLINE'")
            .params(Db.ts(now), RobotActivity.IDLE.name(), robotId)
            .update();
    if (switched == 1) {
      String name =
          jdbc.sql("SELECT name FROM robot WHERE id = ?")
              .param(robotId)
              .query(String.class)
              .single();
      log.info("robot {} (id {}) shut down: offline", name, robotId);
      events.publishEvent(new RobotWentOffline(robotId, name, "robot " + name + " shut down"));
    }
    return new HeartbeatReply(now, List.of());
  }

  /**
   * Marks robots silent for longer than {@code offline-after} offline and publishes {@link
   * RobotWentOffline} for each, so that their jobs fail and their items return. Safe to run on
   * every node at once: each robot is switched by one conditional update.
   */
  public int sweepOffline() {
    Instant limit = clock.instant().minus(settings.offlineAfter());
    List<RobotRef> silent =
        jdbc.sql("SELECT id, name FROM robot WHERE status = 'ONLINE' AND last_heartbeat_at < ?")
            .param(Db.ts(limit))
            .query((rs, n) -> new RobotRef(rs.getLong("id"), rs.getString("name")))
            .list();
    int count = 0;
    for (RobotRef r : silent) {
      int switched =
          jdbc.sql(
                  "UPDATE robot SET status = 'OFFLINE' WHERE id = ? AND status = 'ONLINE' AND last_heartbeat_at < ?")
              .params(r.id(), Db.ts(limit))
              .update();
      if (switched == 1) {
        count++;
        log.warn(
            "robot {} (id {}) sent no heartbeat for {}: offline",
            r.name(),
            r.id(),
            settings.offlineAfter());
        events.publishEvent(
            new RobotWentOffline(
                r.id(),
                r.name(),
                "robot "
                    + r.name()
                    + " lost (no heartbeat for "
                    + settings.offlineAfter().toSeconds()
                    + " s)"));
      }
    }
    return count;
  }

  /** Retires a robot: its token stops working at once and its unfinished work goes back. */
  @Transactional
  public RobotView retire(long robotId) {
    RobotView robot = get(robotId);
    jdbc.sql("UPDATE robot SET status = 'RETIRED', retired_at = ? WHERE id = ?")
        .params(Db.ts(clock.instant()), robotId)
        .update();
    tokens.forget(robotId);
    audit.record("robot.retire", "robot:" + robotId, robot.name());
    events.publishEvent(
        new RobotWentOffline(robotId, robot.name(), "robot " + robot.name() + " retired"));
    return get(robotId);
  }

  public List<RobotView> list() {
    return jdbc.sql(SELECT + " ORDER BY r.name").query(this::view).list();
  }

  public RobotView get(long robotId) {
    return jdbc.sql(SELECT + " WHERE r.id = ?")
        .param(robotId)
        .query(this::view)
        .optional()
        .orElseThrow(() -> NotFoundException.of("机器人", "robot", robotId));
  }

  /** Pool and labels of a robot, for the dispatcher. */
  public Optional<Profile> profile(long robotId) {
    return jdbc.sql("SELECT pool, labels, status FROM robot WHERE id = ?")
        .param(robotId)
        .query(
            (rs, n) ->
                new Profile(
                    robotId,
                    rs.getString("pool"),
                    Db.splitList(rs.getString("labels")),
                    rs.getString("status")))
        .optional();
  }

  /**
   * What the dispatcher needs to know about a robot.
   *
   * @param robotId the robot
   * @param pool its pool (null = default)
   * @param labels its labels
   * @param status ONLINE, OFFLINE, RETIRED
   */
  public record Profile(long robotId, String pool, List<String> labels, String status) {}

  private record RobotRef(long id, String name) {}

  private static final String SELECT =
      "SELECT r.*, (SELECT MIN(j.id) FROM job j WHERE j.robot_id = r.id "
          + "AND j.state IN "
          + Db.in(JobStateMachine.ON_A_ROBOT)
          + ") AS current_job FROM robot r";

  private RobotView view(ResultSet rs, int n) throws SQLException {
    return new RobotView(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("hostname"),
        rs.getString("pool"),
        Db.splitList(rs.getString("labels")),
        json.readValue(rs.getString("capabilities"), Capabilities.class),
        rs.getString("status"),
        rs.getString("activity"),
        Db.longOrNull(rs, "current_job"),
        Db.instant(rs, "enrolled_at"),
        Db.instant(rs, "last_heartbeat_at"));
  }
}
