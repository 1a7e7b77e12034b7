package io.workforce.orchestrator.vault;

import io.workforce.orchestrator.api.ForbiddenException;
import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.api.Paging;
import io.workforce.orchestrator.api.Text;
import io.workforce.orchestrator.audit.AuditLog;
import io.workforce.orchestrator.db.Db;
import io.workforce.orchestrator.robot.RobotScope;
import io.workforce.protocol.CredentialSecret;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands secrets to robots: only to the robot the dispatcher gave the job, only while the job is
 * assigned or running, only for a credential the job's flow version declares, and for a personal
 * credential only the value of the person the job runs for (who started it, or whose schedule
 * started it). Every request is audited, granted or refused, in its own transaction (a refusal
 * rolls nothing back).
 */
@Service
public class Checkouts {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final VaultService vault;
  private final TransactionTemplate audit;
  private final AuditLog auditLog;
  private final RobotScope scope;

  Checkouts(
      JdbcClient jdbc,
      Clock clock,
      VaultService vault,
      PlatformTransactionManager tm,
      AuditLog auditLog,
      RobotScope scope) {
    this.scope = scope;
    this.auditLog = auditLog;
    this.jdbc = jdbc;
    this.clock = clock;
    this.vault = vault;
    this.audit = new TransactionTemplate(tm);
    this.audit.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The secret for a robot's job. Outside the robot's assignment (another robot's job, a job not
   * ASSIGNED or RUNNING, a credential the job's flow version does not declare) the answer is the
   * 404 of something that does not exist, and the refusal is audited; a missing value is a 403
   * naming what to set (never the secret).
   */
  public CredentialSecret checkout(long robotId, long jobId, String name) {
    Optional<RobotScope.Assigned> job = scope.in(robotId, jobId, RobotScope.WORKING);
    if (job.isEmpty()) {
      record(name, null, robotId, jobId, false, "job " + jobId + " is not this robot's to run");
      throw RobotScope.noSuchJob(jobId);
    }
    String owner = job.get().startedBy();
    if (!job.get().credentials().contains(name)) {
      record(
          name,
          null,
          robotId,
          jobId,
          false,
          "the flow of job " + jobId + " does not declare credential '" + name + "'");
      throw NotFoundException.of("凭据", "credential", name);
    }
    VaultService.Meta meta = vault.meta(name);
    String valueOwner = meta.kind().equals("PERSONAL") ? owner : VaultService.SHARED_OWNER;
    Optional<SecretValue> value = vault.read(name, owner);
    if (value.isEmpty()) {
      throw refuse(
          name, valueOwner, robotId, jobId, vault.missingValue(name, owner).orElse("no value"));
    }
    record(name, valueOwner, robotId, jobId, true, null);
    SecretValue v = value.get();
    return new CredentialSecret(name, v.username(), v.secret(), v.fields());
  }

  /**
   * The secret for an attended run on a person's own machine (the desktop assistant): the caller's
   * own value of a personal credential, or the shared value. The caller has been checked to be
   * allowed to run the flow there; this audits the checkout as for a robot, without robot and job.
   */
  CredentialSecret checkoutForDesktop(String user, String flow, String name) {
    VaultService.Meta meta = vault.meta(name);
    String valueOwner = meta.kind().equals("PERSONAL") ? user : VaultService.SHARED_OWNER;
    boolean robotAccount = meta.kind().equals("SHARED") && !meta.desktopUse();
    Optional<SecretValue> value = robotAccount ? Optional.empty() : vault.read(name, user);
    if (value.isEmpty()) {
      String reason =
          robotAccount
              ? "a shared credential not marked for desktop use"
              : vault.missingValue(name, user).orElse("no value");
      record(
          name,
          valueOwner,
          null,
          null,
          false,
          "desktop run of " + flow + " by " + user + ": " + reason);
      throw new ForbiddenException(
          Text.of(
              "拒绝提供凭据 '" + name + "': " + reason, "credential '" + name + "' refused: " + reason));
    }
    record(
        name,
        valueOwner,
        null,
        null,
        true,
        "desktop run of "
            + flow
            + " by "
            + user
            + (valueOwner.equals(VaultService.SHARED_OWNER)
                ? " (shared, marked for desktop use)"
                : ""));
    SecretValue v = value.get();
    return new CredentialSecret(name, v.username(), v.secret(), v.fields());
  }

  /** The audit trail of a credential, newest first. */
  public List<CheckoutView> history(String name, int limit) {
    vault.meta(name);
    return jdbc.sql(
            "SELECT * FROM credential_checkout WHERE credential_name = ? ORDER BY id DESC LIMIT "
                + Paging.limit("limit", limit, 1000))
        .param(name)
        .query(
            (rs, n) ->
                new CheckoutView(
                    rs.getString("credential_name"),
                    rs.getString("owner"),
                    Db.longOrNull(rs, "robot_id"),
                    Db.longOrNull(rs, "job_id"),
                    Db.instant(rs, "at"),
                    rs.getBoolean("granted"),
                    rs.getString("reason")))
        .list();
  }

  private ForbiddenException refuse(
      String name, String owner, long robotId, long jobId, String reason) {
    record(name, owner, robotId, jobId, false, reason);
    return new ForbiddenException(
        Text.of(
            "拒绝提供凭据 '" + name + "': " + reason, "credential '" + name + "' refused: " + reason));
  }

  private void record(
      String requested, String owner, Long robotId, Long jobId, boolean granted, String why) {
    // what a robot asks for is not trusted to fit the columns
    String name = cut(requested, 100);
    String reason = cut(why, 500);
    audit.executeWithoutResult(
        s -> {
          jdbc.sql(
                  "INSERT INTO credential_checkout (credential_name, owner, robot_id, job_id, at, granted, reason) "
                      + "VALUES (?,?,?,?,?,?,?)")
              .params(name, owner, robotId, jobId, Db.ts(clock.instant()), granted, reason)
              .update();
          auditLog.record(
              "credential.checkout",
              "credential:" + name,
              granted ? AuditLog.Outcome.OK : AuditLog.Outcome.DENIED,
              (jobId == null ? "desktop" : "job " + jobId)
                  + (owner == null || owner.equals(VaultService.SHARED_OWNER)
                      ? ""
                      : ", value of " + owner)
                  + (reason == null ? "" : ": " + reason));
        });
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
