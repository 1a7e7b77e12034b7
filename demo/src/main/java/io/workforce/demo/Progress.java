package io.workforce.demo;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import tools.jackson.databind.JsonNode;

/**
 * The demo's queue and robots as the overview shows them, read through the API.
 *
 * @param ready items waiting
 * @param inProgress items a robot holds
 * @param done items that ended successfully
 * @param failed items that failed (business or for good)
 * @param online robots online
 * @param busy robots running a job
 */
record Progress(long ready, long inProgress, long done, long failed, long online, long busy) {

  static Progress read(Api admin) {
    Api.Answer queue = admin.get("/api/v1/queues/" + DemoSetup.QUEUE);
    JsonNode counts =
        queue.status() == 404
            ? admin.expect(queue, "queue", 404).json().path("none")
            : admin.expect(queue, "queue").json().path("counts");
    long online = 0;
    long busy = 0;
    for (JsonNode r : admin.expect(admin.get("/api/v1/robots"), "robots").json()) {
      if (r.path("status").asString().equals("ONLINE")) {
        online++;
        busy += r.path("activity").asString().equals("BUSY") ? 1 : 0;
      }
    }
    return new Progress(
        counts.path("NEW").asLong(),
        counts.path("IN_PROGRESS").asLong(),
        counts.path("SUCCESSFUL").asLong(),
        counts.path("BUSINESS_FAILED").asLong()
            + counts.path("SYSTEM_FAILED").asLong()
            + counts.path("ABANDONED").asLong(),
        online,
        busy);
  }

  /** Items that ended, well or not. */
  long finished() {
    return done + failed;
  }

  /**
   * One line for the console, e.g. {@code [21:03:05] 队列: 完成 23, 处理中 1, 待处理 76, 失败 0 | 机器人: 在线 2, 忙碌
   * 1}.
   */
  String line() {
    return "["
        + LocalTime.now().truncatedTo(ChronoUnit.SECONDS)
        + "] "
        + Text.say(
            "队列 "
                + DemoSetup.QUEUE
                + ": 完成 "
                + done
                + ", 处理中 "
                + inProgress
                + ", 待处理 "
                + ready
                + ", 失败 "
                + failed
                + " | 机器人: 在线 "
                + online
                + ", 忙碌 "
                + busy,
            "queue "
                + DemoSetup.QUEUE
                + ": done "
                + done
                + ", in progress "
                + inProgress
                + ", waiting "
                + ready
                + ", failed "
                + failed
                + " | robots: online "
                + online
                + ", busy "
                + busy);
  }
}
