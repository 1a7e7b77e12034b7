package io.workforce.demo;

import io.workforce.demo.Api.Answer;
import io.workforce.demo.Logins.Person;
import io.workforce.samples.SampleSystems;
import io.workforce.samples.data.DataFiles;
import io.workforce.samples.data.GroundTruth;
import io.workforce.samples.web.Account;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Sets the demo up through the public REST API, as an administrator would in the control center,
 * and does nothing twice: a resumed demo finds everything in place. People (a supervisor and two
 * clerks, each clerk with their own registry account in the vault), the three sample flows (live,
 * the attended ones shared with the clerks), the shared credentials, the queue of new
 * registrations, a queue trigger per clerk and a cron schedule.
 *
 * <p>The sample registry ends a session when the same account logs in again, so its account is
 * personal and exclusive (see the e2e test {@code SyncRig}): each clerk creates her own queue
 * trigger, whose jobs run for her with her own registry account (nobody, an administrator included,
 * can make a schedule run as someone else). In the watchable demo one trigger works the queue and
 * the second robot stays free for the schedule and for a clerk's own runs (a queue job only ends
 * when the queue is empty); {@code --fast} lets both robots work the queue.
 */
final class DemoSetup {

  static final String QUEUE = "new-registrations";
  static final String SYNC = "sync-registrations";
  static final List<String> FLOWS = List.of(SYNC, "enter-from-spreadsheet", "verify-applications");
  static final List<String> SHARED_WITH_CLERKS =
      List.of(SYNC, "enter-from-spreadsheet", "verify-applications");

  /** verify-applications cross-checks a batch every 15 minutes while the demo runs. */
  static final String VERIFY_CRON = "0 0/15 * * * ?";

  /** What the set-up did. @param itemsAdded registrations added to the queue now */
  record Outcome(long itemsAdded) {}

  private final URI base;
  private final List<Person> people;
  private final Path flowsDir;
  private final Api admin;

  DemoSetup(URI base, List<Person> people, Path flowsDir) {
    this.base = base;
    this.people = people;
    this.flowsDir = flowsDir;
    Person a = Logins.admin(people);
    this.admin = Api.login(base, a.username(), a.password());
  }

  Api admin() {
    return admin;
  }

  /** Everything, in the order robots need it; {@code fast}: both queue triggers on. */
  Outcome run(GroundTruth truth, boolean fast) {
    credentials();
    List<String> owners = new java.util.ArrayList<>();
    admin
        .expect(admin.get("/api/v1/credentials/registry-clerk"), "credential registry-clerk")
        .json()
        .path("personalOwners")
        .forEach(o -> owners.add(o.asString()));
    people.stream().filter(p -> !p.role().equals("ADMINISTRATOR")).forEach(p -> person(p, owners));
    FLOWS.forEach(this::flow);
    for (String flow : SHARED_WITH_CLERKS) {
      List<Map<String, String>> clerks =
          people.stream()
              .filter(p -> p.role().equals("CLERK"))
              .map(p -> Map.of("user", p.username()))
              .toList();
      admin.expect(admin.put("/api/v1/flows/" + flow + "/shares", clerks), "share " + flow);
    }
    long added = queue(truth);
    schedules(fast);
    return new Outcome(added);
  }

  /**
   * A key for the robots' first start (a robot that enrolled before keeps its token and ignores
   * it).
   */
  String enrolmentKey() {
    return admin
        .expect(
            admin.post(
                "/api/v1/enrolment-keys",
                Map.of("label", "./rpa demo", "maxUses", 10, "validFor", "PT1H")),
            "enrolment key")
        .json()
        .path("key")
        .asString();
  }

  /**
   * A person with the demo password (the first-log-in change done, as they would do it), and a
   * clerk's own registry account. Done only when missing: each log-in costs a password hash
   * (Argon2) on the server.
   */
  private void person(Person p, List<String> registryOwners) {
    String first = Logins.generate();
    Answer created =
        admin.post(
            "/api/v1/users",
            Map.of(
                "username",
                p.username(),
                "displayName",
                p.displayName(),
                "roles",
                List.of(p.role()),
                "password",
                first));
    admin.expect(created, "user " + p.username(), 201, 409);
    Api self = null;
    if (created.status() == 201) {
      self = Api.login(base, p.username(), first);
      self.expect(
          self.put(
              "/api/v1/me/password", Map.of("currentPassword", first, "newPassword", p.password())),
          p.username() + "'s first password change");
    }
    if (p.registryAccount() != null && !registryOwners.contains(p.username())) {
      Account account =
          SampleSystems.accounts().stream()
              .filter(a -> a.username().equals(p.registryAccount()))
              .findFirst()
              .orElseThrow();
      Api me = self != null ? self : Api.login(base, p.username(), p.password());
      me.expect(
          me.put(
              "/api/v1/me/credentials/registry-clerk",
              Map.of("username", account.username(), "secret", account.password())),
          p.username() + "'s registry account");
    }
  }

  /** Publishes the sample flow as live unless its live version already has this source. */
  private void flow(String name) {
    String source;
    try {
      source = Files.readString(flowsDir.resolve(name + ".yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Answer known = admin.get("/api/v1/flows/" + name);
    if (known.status() == 200 && !known.json().path("liveVersion").isNull()) {
      int live = known.json().path("liveVersion").asInt();
      Answer version =
          admin.expect(admin.get("/api/v1/flows/" + name + "/versions/" + live), "flow " + name);
      if (source.equals(version.json().path("source").asString())) {
        return;
      }
    }
    admin.expect(
        admin.post(
            "/api/v1/flows", Map.of("source", source, "sourceName", name + ".yaml", "live", true)),
        "publish " + name);
  }

  private void credentials() {
    admin.expect(
        admin.post(
            "/api/v1/credentials",
            Map.of(
                "name",
                "registry-clerk",
                "kind",
                "PERSONAL",
                "exclusive",
                true,
                "description",
                "登记员本人的企业登记系统账号")),
        "credential registry-clerk",
        201,
        409);
    for (String system : List.of("intake", "health")) {
      String name = system + "-clerk";
      admin.expect(
          admin.post(
              "/api/v1/credentials",
              Map.of("name", name, "kind", "SHARED", "description", "示例系统 " + system + " 的机器人账号")),
          "credential " + name,
          201,
          409);
      Account a = SampleSystems.account(system);
      admin.expect(
          admin.put(
              "/api/v1/credentials/" + name + "/value",
              Map.of("username", a.username(), "secret", a.password())),
          "value of " + name);
      // the attended flows use these robot accounts on the clerks' own machines: the
      // administrator allows it explicitly (audited; the attended-run answer names them as shared)
      admin.expect(
          admin.put("/api/v1/credentials/" + name + "/desktop-use", Map.of("allowed", true)),
          "desktop use of " + name);
    }
  }

  /**
   * The queue and its items (the registry's new registrations; those already queued are skipped).
   */
  private long queue(GroundTruth truth) {
    admin.expect(
        admin.post(
            "/api/v1/queues",
            Map.of("name", QUEUE, "description", "企业登记系统的新设立企业", "slaMinutes", 240)),
        "queue " + QUEUE,
        201,
        409);
    JsonNode report =
        admin
            .expect(
                admin.upload(
                    "/api/v1/queues/" + QUEUE + "/items/import?referenceColumn=creditCode",
                    DataFiles.NEW_REGISTRATIONS,
                    DataFiles.newRegistrations(truth)),
                "import into " + QUEUE)
            .json();
    return report.path("added").asLong();
  }

  private void schedules(boolean fast) {
    Map<String, JsonNode> existing = new HashMap<>();
    admin
        .expect(admin.get("/api/v1/schedules"), "schedules")
        .json()
        .forEach(s -> existing.put(s.path("name").asString(), s));
    List<Person> clerks = people.stream().filter(p -> p.role().equals("CLERK")).toList();
    for (int i = 0; i < clerks.size(); i++) {
      Person clerk = clerks.get(i);
      String name = "sync-" + clerk.username();
      JsonNode known = existing.get(name);
      if (known != null && !clerk.username().equals(known.path("createdBy").asString(null))) {
        // made by an older demo "as" the clerk: such a schedule runs for nobody now, so it goes
        admin.expect(
            admin.delete("/api/v1/schedules/" + known.path("id").asLong()), "delete old " + name);
        known = null;
      }
      if (known == null) {
        // the clerk's own trigger: its jobs run for her, with her own registry account
        Api self = Api.login(base, clerk.username(), clerk.password());
        self.expect(
            self.post(
                "/api/v1/schedules",
                Map.of("name", name, "kind", "QUEUE", "flow", SYNC, "queue", QUEUE, "maxJobs", 1)),
            "schedule " + name + " of " + clerk.username());
      }
      boolean wanted = i == 0 || fast;
      JsonNode s = find(name);
      if (s.path("paused").asBoolean() == wanted) {
        admin.expect(
            admin.post(
                "/api/v1/schedules/" + s.path("id").asLong() + (wanted ? "/resume" : "/pause"),
                Map.of()),
            (wanted ? "resume " : "pause ") + name);
      }
    }
    if (!existing.containsKey("verify-applications")) {
      admin.expect(
          admin.post(
              "/api/v1/schedules",
              Map.of(
                  "name",
                  "verify-applications",
                  "kind",
                  "CRON",
                  "flow",
                  "verify-applications",
                  "cron",
                  VERIFY_CRON,
                  "overlap",
                  "SKIP",
                  "misfire",
                  "SKIP",
                  "priority",
                  3)),
          "schedule verify-applications");
    }
  }

  private JsonNode find(String schedule) {
    for (JsonNode s : admin.expect(admin.get("/api/v1/schedules"), "schedules").json()) {
      if (s.path("name").asString().equals(schedule)) {
        return s;
      }
    }
    throw new Api.ApiException("schedule " + schedule + " was created but is not listed");
  }
}
