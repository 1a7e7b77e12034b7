package io.workforce.demo;

import io.workforce.demo.Logins.Person;
import io.workforce.samples.SampleSystems;
import io.workforce.testkit.LocalHaproxy;
import java.net.URI;
import java.util.List;

/** What {@code ./rpa cluster} prints once it is ready: every address, the log-ins, how to stop. */
final class ClusterBanner {

  private static final String LINE = "=".repeat(72);

  private ClusterBanner() {}

  static String text(
      URI balancer,
      LocalHaproxy haproxy,
      List<Integer> nodePorts,
      String jdbcUrl,
      SampleSystems samples,
      List<Person> people,
      double nodesReady,
      double total) {
    StringBuilder b = new StringBuilder("\n").append(LINE).append('\n');
    b.append(
            Text.say(
                "  Workforce 集群已就绪: "
                    + nodePorts.size()
                    + " 个节点, 启动用时 "
                    + DemoStack.seconds(total)
                    + " 秒 (节点就绪 "
                    + DemoStack.seconds(nodesReady)
                    + " 秒).",
                "  Workforce cluster ready: "
                    + nodePorts.size()
                    + " node(s), started in "
                    + DemoStack.seconds(total)
                    + " s (nodes ready "
                    + DemoStack.seconds(nodesReady)
                    + " s)."))
        .append("\n\n");
    b.append(Text.say("  控制中心 (经负载均衡):  ", "  Control center (through the balancer):  "))
        .append(balancer)
        .append("/\n");
    b.append(Text.say("  HAProxy 状态页:         ", "  HAProxy statistics:                    "))
        .append(haproxy.statsUri())
        .append('\n');
    b.append(Text.say("  HAProxy 配置:           ", "  HAProxy configuration:                 "))
        .append(haproxy.configFile())
        .append('\n');
    for (int i = 0; i < nodePorts.size(); i++) {
      b.append(
              Text.say(
                  "  节点 node-" + (i + 1) + ":            ",
                  "  node-" + (i + 1) + ":                                "))
          .append("http://127.0.0.1:")
          .append(nodePorts.get(i))
          .append("/\n");
    }
    b.append(Text.say("  PostgreSQL:             ", "  PostgreSQL:                            "))
        .append(jdbcUrl)
        .append(Text.say(" (用户 postgres, 停止时删除)", " (user postgres, deleted at the stop)"))
        .append("\n\n");
    b.append(Text.say("  登录账号:", "  Log-ins:")).append('\n');
    for (Person person : people) {
      b.append("    ")
          .append(Banner.pad(Banner.role(person.role()), 12))
          .append(Banner.pad(person.username(), 7))
          .append(Text.say("密码 ", "password "))
          .append(person.password())
          .append('\n');
    }
    b.append('\n').append(Text.say("  示例旧系统:", "  Sample legacy systems:")).append('\n');
    b.append("    ").append(samples.registryLoginUrl()).append('\n');
    b.append("    ").append(samples.intakeLoginUrl()).append('\n');
    b.append("    ").append(samples.healthLoginUrl()).append("\n\n");
    b.append(
            Text.say(
                "  两个机器人经负载均衡连接, 处理队列 " + DemoSetup.QUEUE + ". 按 Ctrl-C 停止全部进程.",
                "  Two robots work queue "
                    + DemoSetup.QUEUE
                    + " through the balancer. Press Ctrl-C to stop it all."))
        .append('\n')
        .append(LINE);
    return b.toString();
  }
}
