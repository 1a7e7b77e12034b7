package io.workforce.orchestrator.schedule;

import io.workforce.orchestrator.api.ConflictException;
import io.workforce.orchestrator.api.InvalidRequestException;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.audit.AuditLog;
import io.workforce.orchestrator.config.WorkforceProperties;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.flow.FlowCatalog;
import java.text.ParseException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Schedules: cron schedules run by Quartz (JDBC store), queue triggers, pause/resume, calendars.
 */
@Service
public class ScheduleService {

  static final String GROUP = "workforce";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final JsonMapper json;
  private final Scheduler quartz;
  private final FlowCatalog flows;
  private final ZoneId defaultZone;
  private final AuditLog audit;

  ScheduleService(
      JdbcClient jdbc,
      Clock clock,
      JsonMapper json,
      Scheduler quartz,
      FlowCatalog flows,
      WorkforceProperties properties,
      AuditLog audit) {
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
    this.json = json;
    this.quartz = quartz;
    this.flows = flows;
    this.defaultZone = properties.schedules().timeZone();
  }

  /**
   * Creates a schedule whose jobs run for {@code createdBy}: the person creating it, never someone
   * they name.
   */
  @Transactional
  public ScheduleView create(NewSchedule s, String createdBy) {
    flows.get(s.flow());
    String kind = s.kind() == null ? "CRON" : s.kind();
    ZoneId zone = zone(s.timeZone());
    if (s.name() == null) {
      throw InvalidRequestException.field("name", "缺少名称", "a schedule needs a name");
    }
    if (jdbc.sql("SELECT COUNT(*) FROM schedule WHERE name = ?")
            .param(s.name())
            .query(Integer.class)
            .single()
        > 0) {
      throw new ConflictException(
          "schedule-exists",
          Text.of("计划 '" + s.name() + "' 已存在", "schedule '" + s.name() + "' already exists"));
    }
    if (kind.equals("CRON")) {
      checkCron(s.cron());
      if (s.calendar() != null
          && jdbc.sql("SELECT COUNT(*) FROM work_calendar WHERE name = ?")
                  .param(s.calendar())
                  .query(Integer.class)
                  .single()
              == 0) {
        throw InvalidRequestException.field(
            "calendar",
            "日历 '" + s.calendar() + "' 不存在, 请先上传 (PUT /api/v1/calendars/" + s.calendar() + ")",
            "calendar '"
                + s.calendar()
                + "' does not exist; upload it first (PUT /api/v1/calendars/"
                + s.calendar()
                + ")");
      }
    } else if (s.queue() == null
        || jdbc.sql("SELECT COUNT(*) FROM work_queue WHERE name = ?")
                .param(s.queue())
                .query(Integer.class)
                .single()
            == 0) {
      throw InvalidRequestException.field(
          "queue",
          "队列触发需要一个已存在的队列",
          "a QUEUE schedule needs an existing queue (got '" + s.queue() + "')");
    }
    if (kind.equals("QUEUE")) {
      checkFlowReads(s.flow(), s.queue());
    }
    Instant now = clock.instant();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO schedule (name, kind, flow_name, cron, time_zone, calendar_name, misfire, overlap, queue_name, "
                + "max_jobs, priority, pool, labels, inputs, created_by, deadline_minutes, paused, created_at, updated_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,FALSE,?,?)")
        .params(
            s.name(),
            kind,
            s.flow(),
            s.cron(),
            zone.getId(),
            s.calendar(),
            s.misfire() == null ? "FIRE_ONCE" : s.misfire(),
            s.overlap() == null ? "SKIP" : s.overlap(),
            s.queue(),
            s.maxJobs() == null ? 1 : s.maxJobs(),
            s.priority() == null ? 5 : s.priority(),
            s.pool(),
            Db.joinList(s.labels()),
            json.writeValueAsString(s.inputs() == null ? Map.of() : s.inputs()),
            createdBy,
            s.deadlineMinutes(),
            Db.ts(now),
            Db.ts(now))
        .update(key, "id");
    long id = key.getKey().longValue();
    audit.record(
        "schedule.create",
        "schedule:" + id,
        s.name()
            + ": "
            + kind
            + " "
            + (kind.equals("CRON") ? s.cron() : "queue " + s.queue())
            + ", flow "
            + s.flow()
            + ", jobs run for "
            + createdBy);
    if (kind.equals("CRON")) {
      register(id, s.cron(), zone, s.calendar(), s.misfire() == null ? "FIRE_ONCE" : s.misfire());
    }
    return get(id);
  }

  @Transactional
  public ScheduleView pause(long id, boolean paused) {
    ScheduleView s = get(id);
    audit.record(paused ? "schedule.pause" : "schedule.resume", "schedule:" + id, s.name());
    jdbc.sql("UPDATE schedule SET paused = ?, updated_at = ? WHERE id = ?")
        .params(paused, Db.ts(clock.instant()), id)
        .update();
    if (s.kind().equals("CRON")) {
      quartz(
          () -> {
            if (paused) {
              quartz.pauseTrigger(triggerKey(id));
            } else {
              quartz.resumeTrigger(triggerKey(id));
            }
          });
    }
    return get(id);
  }

  @Transactional
  public void delete(long id) {
    audit.record("schedule.delete", "schedule:" + id, get(id).name());
    quartz(() -> quartz.deleteJob(jobKey(id)));
    jdbc.sql("DELETE FROM schedule WHERE id = ?").param(id).update();
  }

  public List<ScheduleView> list() {
    return jdbc.sql("SELECT id FROM schedule ORDER BY name").query(Long.class).list().stream()
        .map(this::get)
        .toList();
  }

  /** The schedules one person created. */
  public List<ScheduleView> listOf(String createdBy) {
    return jdbc
        .sql("SELECT id FROM schedule WHERE created_by = ? ORDER BY name")
        .param(createdBy)
        .query(Long.class)
        .list()
        .stream()
        .map(this::get)
        .toList();
  }

  public ScheduleView get(long id) {
    return jdbc.sql("SELECT * FROM schedule WHERE id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new ScheduleView(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getString("kind"),
                    rs.getString("flow_name"),
                    rs.getString("cron"),
                    rs.getString("time_zone"),
                    rs.getString("calendar_name"),
                    rs.getString("misfire"),
                    rs.getString("overlap"),
                    rs.getString("queue_name"),
                    rs.getInt("max_jobs"),
                    rs.getInt("priority"),
                    rs.getBoolean("paused"),
                    rs.getString("created_by"),
                    nextFire(rs.getLong("id"))))
        .optional()
        .orElseThrow(() -> NotFoundException.of("计划", "schedule", id));
  }

  /** Uploads (or replaces) a working-day calendar; schedules using it are recomputed. */
  @Transactional
  public Map<String, Object> uploadCalendar(String name, String text) {
    if (name == null || !name.matches("[a-z0-9][a-z0-9._-]{0,99}")) {
      throw InvalidRequestException.field("name", "日历名称无效", "invalid calendar name '" + name + "'");
    }
    CalendarFile.Days days = CalendarFile.parse(name, text);
    quartz(
        () ->
            quartz.addCalendar(
                name,
                new WorkdayCalendar(days.holidays(), days.workdays(), defaultZone),
                true,
                true));
    int n =
        jdbc.sql(
                "UPDATE work_calendar SET source = ?, holidays = ?, workdays = ?, updated_at = ? WHERE name = ?")
            .params(
                text, days.holidays().size(), days.workdays().size(), Db.ts(clock.instant()), name)
            .update();
    if (n == 0) {
      jdbc.sql(
              "INSERT INTO work_calendar (name, source, holidays, workdays, updated_at) VALUES (?,?,?,?,?)")
          .params(
              name, text, days.holidays().size(), days.workdays().size(), Db.ts(clock.instant()))
          .update();
    }
    audit.record(
        "calendar.upload",
        "calendar:" + name,
        days.holidays().size()
            + " holiday(s), "
            + days.workdays().size()
            + " extra working day(s)");
    return Map.of(
        "name", name, "holidays", days.holidays().size(), "workdays", days.workdays().size());
  }

  private void register(long id, String cron, ZoneId zone, String calendar, String misfire) {
    JobDetail job =
        JobBuilder.newJob(ScheduleFiring.class)
            .withIdentity(jobKey(id))
            .usingJobData("scheduleId", id)
            .storeDurably()
            // a node that dies while firing a slot: another node fires that slot again (the
            // slot's de-duplication makes that safe); without it the slot was lost (issue 15)
            .requestRecovery()
            .build();
    CronScheduleBuilder schedule =
        CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone));
    schedule =
        misfire.equals("SKIP")
            ? schedule.withMisfireHandlingInstructionDoNothing()
            : schedule.withMisfireHandlingInstructionFireAndProceed();
    // Quartz cuts a start time down to the second and takes the first slot from one second before
    // it: starting "now" could give a slot up to a second in the past, fired at once (issue 15).
    // Starting at the next whole second gives the first slot at or after the creation.
    Instant now = Instant.now(); // Quartz fires by the system clock, whatever clock the app uses
    Instant start = now.truncatedTo(ChronoUnit.SECONDS);
    if (start.isBefore(now)) {
      start = start.plusSeconds(1);
    }
    TriggerBuilder<?> trigger =
        TriggerBuilder.newTrigger()
            .withIdentity(triggerKey(id))
            .forJob(job)
            .withSchedule(schedule)
            .startAt(Date.from(start));
    if (calendar != null) {
      trigger = trigger.modifiedByCalendar(calendar);
    }
    Trigger t = trigger.build();
    quartz(() -> quartz.scheduleJob(job, t));
  }

  private Instant nextFire(long id) {
    try {
      Trigger t = quartz.getTrigger(triggerKey(id));
      return t == null || t.getNextFireTime() == null ? null : t.getNextFireTime().toInstant();
    } catch (SchedulerException e) {
      return null;
    }
  }

  /**
   * A queue trigger starts the flow because its queue has items, so the flow must read that queue:
   * a flow reading another queue (or none) would start jobs that find nothing to do (issue 15).
   */
  private void checkFlowReads(String flow, String queue) {
    String reads = flows.queueOf(flow).orElse(null);
    if (!queue.equals(reads)) {
      throw InvalidRequestException.field(
          "queue",
          reads == null
              ? "流程 '" + flow + "' 不读取队列 (input.queue), 不能由队列触发"
              : "流程 '"
                  + flow
                  + "' 读取队列 '"
                  + reads
                  + "' (input.queue), 队列触发须监视该队列, 而不是 '"
                  + queue
                  + "'",
          reads == null
              ? "flow '"
                  + flow
                  + "' reads no queue (input.queue), so a QUEUE schedule cannot start it; use a CRON"
                  + " schedule"
              : "flow '"
                  + flow
                  + "' reads queue '"
                  + reads
                  + "' (its input.queue); a QUEUE schedule for it must watch that queue, not '"
                  + queue
                  + "'");
    }
  }

  private static final java.util.regex.Pattern ZERO_STEP =
      java.util.regex.Pattern.compile("/0+(?![0-9])");

  static void checkCron(String cron) {
    if (cron == null) {
      throw InvalidRequestException.field(
          "cron", "缺少 cron 表达式", "a CRON schedule needs a cron expression, e.g. 0 0 9 ? * MON-FRI");
    }
    if (ZERO_STEP.matcher(cron).find()) {
      // Quartz takes 0/0 and then never fires, or fires in a loop: say so instead
      throw InvalidRequestException.field(
          "cron",
          "cron 表达式 '" + cron + "' 的步长为 0 (如 0/0): 步长须至少为 1",
          "'" + cron + "' has a step of zero (like 0/0): a step must be at least 1, e.g. 0/15");
    }
    try {
      CronExpression.validateExpression(cron);
    } catch (ParseException e) {
      throw InvalidRequestException.field(
          "cron",
          "cron 表达式 '" + cron + "' 无效: " + e.getMessage(),
          "'"
              + cron
              + "' is not a cron expression: "
              + e.getMessage()
              + " (Quartz syntax, seconds first: 0 0 9 ? * MON-FRI = 09:00 on weekdays)");
    }
  }

  private ZoneId zone(String name) {
    try {
      return name == null ? defaultZone : ZoneId.of(name);
    } catch (DateTimeException e) {
      throw InvalidRequestException.field(
          "timeZone",
          "未知时区 '" + name + "'",
          "unknown time zone '" + name + "' (e.g. Asia/Shanghai)");
    }
  }

  static JobKey jobKey(long id) {
    return JobKey.jobKey("schedule-" + id, GROUP);
  }

  static TriggerKey triggerKey(long id) {
    return TriggerKey.triggerKey("schedule-" + id, GROUP);
  }

  private interface QuartzCall {
    void run() throws SchedulerException;
  }

  private static void quartz(QuartzCall call) {
    try {
      call.run();
    } catch (SchedulerException e) {
      throw new IllegalStateException("Quartz refused the change: " + e.getMessage(), e);
    }
  }
}
