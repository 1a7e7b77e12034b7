package io.workforce.orchestrator.vault;

import io.workforce.orchestrator.api.NotFoundException;
import io.workforce.orchestrator.robot.RobotScope;
import io.workforce.protocol.JobState;
import io.workforce.protocol.mask.SecretMask;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * The secrets a robot could send back, as a {@link SecretMask}: for each of its jobs, the values of
 * the credentials the job's flow declares, as a checkout for that job hands them out (the shared
 * value, or the value of the person the job runs for). Everything a robot sends is masked with it
 * before it is stored ({@code RobotTextMasking}).
 *
 * <p>Cheap on purpose: the mask of a job is made once (one decryption per credential) and kept in
 * this node's memory only, for {@link #LIFE}; its key includes the job's credential names and
 * person, so that a change is seen at once. Nothing is written anywhere.
 */
@Service
public class JobSecretMasks {

  /** How long a job's mask is kept in memory. */
  static final Duration LIFE = Duration.ofSeconds(60);

  private static final EnumSet<JobState> ANY = EnumSet.allOf(JobState.class);

  private final RobotScope scope;
  private final VaultService vault;
  private final Clock clock;
  private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

  JobSecretMasks(RobotScope scope, VaultService vault, Clock clock) {
    this.scope = scope;
    this.vault = vault;
    this.clock = clock;
  }

  /**
   * The mask for what this robot sends: the secrets of the jobs it works on now, and of the job the
   * request names (also when that job has ended: the outbox delivers late).
   */
  public SecretMask forRobot(long robotId, Long jobId) {
    List<RobotScope.Assigned> jobs = new ArrayList<>(scope.jobs(robotId, RobotScope.FINISHING));
    if (jobId != null && jobs.stream().noneMatch(j -> j.id() == jobId)) {
      scope.in(robotId, jobId, ANY).ifPresent(jobs::add);
    }
    SecretMask mask = SecretMask.none();
    for (RobotScope.Assigned job : jobs) {
      mask = mask.plus(forJob(job));
    }
    return mask;
  }

  private SecretMask forJob(RobotScope.Assigned job) {
    Instant now = clock.instant();
    cache.values().removeIf(c -> c.until().isBefore(now));
    String key = job.credentials() + "|" + job.startedBy();
    Cached cached = cache.get(job.id());
    if (cached != null && cached.key().equals(key)) {
      return cached.mask();
    }
    List<String> secrets = new ArrayList<>();
    for (String name : job.credentials()) {
      value(name, job.startedBy())
          .ifPresent(
              v -> {
                secrets.add(v.secret());
                secrets.addAll(v.fields().values());
              });
    }
    SecretMask mask = SecretMask.of(secrets);
    cache.put(job.id(), new Cached(key, mask, now.plus(LIFE)));
    return mask;
  }

  private Optional<SecretValue> value(String name, String person) {
    try {
      return vault.read(name, person);
    } catch (NotFoundException e) {
      return Optional.empty(); // deleted since: nothing left to hand out, nothing to mask
    }
  }

  private record Cached(String key, SecretMask mask, Instant until) {}
}
