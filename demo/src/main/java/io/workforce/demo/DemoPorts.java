package io.workforce.demo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's four ports. {@code --ports 28080} means 28080–28083; {@code --ports
 * 28080,28081,28082,28083} sets each; 0 (alone or in the list) means a free port, chosen here.
 *
 * @param orchestrator the orchestrator and control center (18080)
 * @param registry the sample registry (18081)
 * @param intake the sample intake system (18082)
 * @param health the sample health system (18083)
 */
record DemoPorts(int orchestrator, int registry, int intake, int health) {

  static final String DEFAULT = "18080";
  private static final String[] WHAT_ZH = {"编排器/控制中心", "企业登记系统", "政务服务受理系统", "卫健系统"};
  private static final String[] WHAT_EN = {
    "orchestrator/control center", "registry", "intake system", "health system"
  };

  /** Thrown with a message for the user (which port, what to do). */
  static final class PortException extends RuntimeException {
    PortException(String message) {
      super(message);
    }
  }

  /**
   * Reads {@code --ports}; a bad value is a {@link PortException} naming it and showing valid
   * forms.
   */
  static DemoPorts parse(String text) {
    String[] parts = text.strip().split("\\s*,\\s*");
    if (parts.length != 1 && parts.length != 4) {
      throw new PortException(bad(text));
    }
    int[] p = new int[4];
    for (int i = 0; i < parts.length; i++) {
      try {
        p[i] = Integer.parseInt(parts[i]);
      } catch (NumberFormatException e) {
        throw new PortException(bad(text));
      }
      if (p[i] < 0 || p[i] > 65535 || (parts.length == 1 && p[i] > 65532)) {
        throw new PortException(bad(text));
      }
    }
    if (parts.length == 1) {
      int base = p[0];
      return new DemoPorts(
          base, base == 0 ? 0 : base + 1, base == 0 ? 0 : base + 2, base == 0 ? 0 : base + 3);
    }
    return new DemoPorts(p[0], p[1], p[2], p[3]);
  }

  private static String bad(String text) {
    return Text.say(
        "--ports 的值 '"
            + text
            + "' 无效. 写一个起始端口 (如 --ports 28080, 即 28080–28083), "
            + "或依次写四个端口 (编排器,登记,受理,卫健; 如 --ports 28080,28081,28082,28083); 0 表示任选空闲端口.",
        "--ports '"
            + text
            + "' is not valid. Give a first port (e.g. --ports 28080, meaning 28080–28083) or four "
            + "ports in order orchestrator,registry,intake,health (e.g. --ports 28080,28081,28082,28083); "
            + "0 picks a free port.");
  }

  /**
   * Replaces every 0 with a free port and checks that each port can be listened on.
   *
   * @throws PortException naming the busy port, what it was meant for, and how to choose others
   */
  DemoPorts resolve() {
    int[] p = {orchestrator, registry, intake, health};
    List<Integer> taken = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      if (p[i] == 0) {
        p[i] = freePort(taken);
      } else if (!free(p[i]) || taken.contains(p[i])) {
        throw new PortException(busy(p[i], i));
      }
      taken.add(p[i]);
    }
    return new DemoPorts(p[0], p[1], p[2], p[3]);
  }

  private static String busy(int port, int index) {
    int other = port >= 28080 && port <= 28083 ? 38080 : 28080;
    return Text.say(
        "端口 "
            + port
            + " ("
            + WHAT_ZH[index]
            + ") 已被占用 — 可能另一个 ./rpa demo、./rpa orchestrator "
            + "或 ./rpa samples 正在运行. 请先停止它 (查看占用者: ss -ltnp 'sport = :"
            + port
            + "'), "
            + "或换一组端口: ./rpa demo --ports "
            + other
            + " (即 "
            + other
            + "–"
            + (other + 3)
            + ").",
        "Port "
            + port
            + " ("
            + WHAT_EN[index]
            + ") is already in use — perhaps by another ./rpa demo, ./rpa "
            + "orchestrator or ./rpa samples. Stop it first (who holds it: ss -ltnp 'sport = :"
            + port
            + "'), or "
            + "choose other ports: ./rpa demo --ports "
            + other
            + " (meaning "
            + other
            + "–"
            + (other + 3)
            + ").");
  }

  /**
   * Whether nothing listens on the port, on any interface (the orchestrator listens on all of
   * them).
   */
  static boolean free(int port) {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort(List<Integer> avoid) {
    for (int tries = 0; tries < 20; tries++) {
      try (ServerSocket s = new ServerSocket(0)) {
        int port = s.getLocalPort();
        if (!avoid.contains(port)) {
          return port;
        }
      } catch (IOException e) {
        throw new PortException(e.getMessage());
      }
    }
    throw new PortException("no free port");
  }
}
