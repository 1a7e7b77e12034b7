package io.workforce.bench.flows;

import io.workforce.flows.step.Step;
import java.util.List;

/**
 * A realistic large flow: blocks of the steps a data-transfer flow uses (open, fill, read, verify,
 * if, for_each, try…), each with expressions, repeated until the flow has the asked number of
 * steps.
 */
final class LargeFlow {

  private LargeFlow() {}

  /** A flow with exactly {@code steps} steps (nested ones included). */
  static String yaml(int steps) {
    StringBuilder y =
        new StringBuilder(
            """
        flow: large
        version: 1
        description: 基准测试用的大流程
        manual_minutes_per_item: 5
        systems:
          registry:
            url: ${env.REGISTRY_URL}
            credential: registry-clerk
            login:
              - open: { system: registry, path: /login }
              - fill: { "#u": "${credential.username}", "#p": "${credential.password}" }
              - click: "text=登录"
        input:
          form:
            - { name: code, label: 统一社会信用代码 }
            - { name: name, label: 企业名称 }
        steps:
          - set: { total: 0 }
        """);
    int count = 1;
    int block = 0;
    while (count + 17 <= steps) {
      int b = block++;
      y.append(
          """
            - open: { system: registry, path: "/company?code=${item.code}&page=%1$d" }
            - wait_for: { selector: "#result-%1$d", timeout: 10s }
            - fill: { "#name": "${trim(item.name)}", "#code": "${upper(item.code)}" }
            - click: "role=button[name=查询]"
            - read: { into: company%1$d, fields: { name: "#name", capital: { selector: "#capital", as: decimal } } }
            - verify: { that: "${company%1$d.name}", equals: "${item.name}", normalize: [trim, width] }
            - set: { total: "${total + number(company%1$d.capital)}" }
            - if:
                condition: "${number(company%1$d.capital) > 1000000}"
                then:
                  - log: "大额 ${company%1$d.name}"
                else:
                  - log: { message: "小额 ${company%1$d.name}", level: info }
            - read_table: { selector: "#list-%1$d", into: rows%1$d, next: "text=下一页", limit: 100 }
            - for_each:
                in: "${rows%1$d}"
                as: row
                index: i
                steps:
                  - log: "${i}: ${row['企业名称']}"
            - try:
                steps:
                  - click: "text=提交"
                retry: { attempts: 3, backoff: 1s }
                catch:
                  - screenshot: "failed-%1$d"
            - extract: { from: "${company%1$d.name}", pattern: "(?<city>..市)", into: city%1$d, otherwise: warn }
          """
              .formatted(b));
      count += 17;
    }
    while (count < steps) {
      y.append("  - log: \"${total}\"\n");
      count++;
    }
    return y.toString();
  }

  static int count(List<Step> steps) {
    return steps.stream().mapToInt(s -> 1 + count(s.children())).sum();
  }
}
