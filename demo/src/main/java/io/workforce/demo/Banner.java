package io.workforce.demo;

import io.workforce.demo.Logins.Person;
import io.workforce.samples.SampleSystems;
import java.nio.file.Path;
import java.util.List;

/** What the demo prints once it is ready: where to look, how to log in, and how to stop it. */
final class Banner {

  private static final String LINE = "=".repeat(72);

  private Banner() {}

  /**
   * Seconds from the launcher's start: to robots working ({@code total}), to the orchestrator
   * answering, for the set-up, and from the set-up to the first item a robot took.
   */
  record Times(double total, double orchestrator, double setUp, double robots) {}

  static String text(
      DemoStack.Settings s,
      List<Person> people,
      SampleSystems samples,
      Progress p,
      DemoSetup.Outcome outcome,
      Times t) {
    StringBuilder b = new StringBuilder("\n").append(LINE).append('\n');
    boolean working = p.inProgress() > 0 || p.ready() > 0;
    b.append(
            Text.say(
                "  Workforce 演示已就绪: 启动用时 "
                    + DemoStack.seconds(t.total())
                    + " 秒"
                    + (working ? ", 机器人已开始工作." : "; 队列已全部处理完 (--reset 从头开始)."),
                "  Workforce demo ready: started in "
                    + DemoStack.seconds(t.total())
                    + " s"
                    + (working
                        ? ", robots working."
                        : "; the queue is all done (--reset starts fresh).")))
        .append('\n')
        .append(
            Text.say(
                "  (编排器就绪 "
                    + DemoStack.seconds(t.orchestrator())
                    + " 秒, 设置 "
                    + DemoStack.seconds(t.setUp())
                    + " 秒, 机器人领到第一项 "
                    + DemoStack.seconds(t.robots())
                    + " 秒)",
                "  (orchestrator ready "
                    + DemoStack.seconds(t.orchestrator())
                    + " s, set-up "
                    + DemoStack.seconds(t.setUp())
                    + " s, robots' first item "
                    + DemoStack.seconds(t.robots())
                    + " s)"))
        .append("\n\n");
    b.append(Text.say("  控制中心:  ", "  Control center:  "))
        .append("http://127.0.0.1:")
        .append(s.ports().orchestrator())
        .append("/\n\n");
    b.append(Text.say("  登录账号 (每个数据目录随机生成, 保存在 ", "  Log-ins (random per data directory, kept in "))
        .append(s.dataDir().resolve(Logins.FILE))
        .append("):\n");
    for (Person person : people) {
      b.append("    ")
          .append(pad(role(person.role()), 12))
          .append(pad(person.username(), 7))
          .append(
              String.format(
                  "%s %s%s%n",
                  Text.say("密码", "password"),
                  person.password(),
                  person.registryAccount() == null
                      ? ""
                      : Text.say("  (企业登记账号 ", "  (registry account ")
                          + person.registryAccount()
                          + ")"));
    }
    b.append('\n').append(Text.say("  示例旧系统:", "  Sample legacy systems:")).append('\n');
    b.append(Text.say("    企业登记系统      ", "    registry          "))
        .append(samples.registryLoginUrl())
        .append('\n');
    b.append(Text.say("    政务服务受理系统  ", "    intake            "))
        .append(samples.intakeLoginUrl())
        .append('\n');
    b.append(Text.say("    卫健系统          ", "    health            "))
        .append(samples.healthLoginUrl())
        .append('\n');
    b.append(Text.say("    延迟 ", "    latency "))
        .append(s.samples().latency().toMillis())
        .append(" ms")
        .append(
            s.fast()
                ? " (--fast)"
                : Text.say(" (便于观看; --fast 关闭)", " (watchable; --fast turns it off)"))
        .append("\n\n");
    b.append(
            Text.say(
                "  队列 "
                    + DemoSetup.QUEUE
                    + ": 本次新增 "
                    + outcome.itemsAdded()
                    + " 条; "
                    + p.done()
                    + " 条已完成, "
                    + (p.ready() + p.inProgress())
                    + " 条待处理.",
                "  Queue "
                    + DemoSetup.QUEUE
                    + ": "
                    + outcome.itemsAdded()
                    + " added now; "
                    + p.done()
                    + " done, "
                    + (p.ready() + p.inProgress())
                    + " to do."))
        .append('\n');
    b.append(
            Text.say(
                "  排程: 队列触发 sync-zhang"
                    + (s.fast() ? " 和 sync-li" : "")
                    + "; verify-applications 每 15 分钟.",
                "  Schedules: queue trigger sync-zhang"
                    + (s.fast() ? " and sync-li" : "")
                    + "; verify-applications every 15 min."))
        .append('\n');
    b.append(
            Text.say("  机器人: " + s.robots() + " 个, 日志在 ", "  Robots: " + s.robots() + ", logs in "))
        .append(s.dataDir().resolve("logs"))
        .append('\n');
    Path sheet = s.home().resolve("samples").resolve("data").resolve("subsidy-applications.xlsx");
    b.append(
            Text.say(
                "  办事员 (zhang 或 li) 可在控制中心「我的机器人」运行 enter-from-spreadsheet, 表格: ",
                "  A clerk (zhang or li) can run enter-from-spreadsheet from My robots in the control center with "))
        .append(sheet)
        .append("\n\n");
    b.append(
            Text.say(
                "  再次运行 ./rpa demo 从这里继续, ./rpa demo --reset 从头开始. 按 Ctrl-C 停止全部进程.",
                "  Run ./rpa demo again to resume from here, ./rpa demo --reset to start fresh. Press Ctrl-C to stop it all."))
        .append('\n')
        .append(LINE);
    return b.toString();
  }

  /** Pads to {@code width} terminal columns; a Chinese character takes two. */
  static String pad(String text, int width) {
    int columns =
        text.codePoints()
            .map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 2 : 1)
            .sum();
    return text + " ".repeat(Math.max(1, width - columns));
  }

  static String role(String role) {
    return switch (role) {
      case "ADMINISTRATOR" -> Text.say("管理员", "admin");
      case "SUPERVISOR" -> Text.say("主管", "supervisor");
      default -> Text.say("办事员", "clerk");
    };
  }
}
