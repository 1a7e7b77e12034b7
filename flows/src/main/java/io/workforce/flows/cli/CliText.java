package io.workforce.flows.cli;

import java.util.Locale;

/** The CLI's own words, in Chinese or English. */
final class CliText {

  private final boolean zh;

  CliText(Locale locale) {
    this.zh = "zh".equals(locale.getLanguage());
  }

  private String t(String zhText, String enText, Object... args) {
    return String.format(Locale.ROOT, zh ? zhText : enText, args);
  }

  String missingCommand() {
    return "validate | explain | schema";
  }

  String badUsage(String why) {
    return t("用法错误: %s", "usage error: %s", why);
  }

  String failed(String why) {
    return t("出错: %s", "failed: %s", why);
  }

  String noFile(String file) {
    return t("文件不存在或不可读: %s", "no such readable file: %s", file);
  }

  String valid(String file, String flow, int version, int steps) {
    return t(
        "%s: 有效 (流程 %s v%d, %d 个步骤)",
        "%s: valid (flow %s v%d, %d steps)", file, flow, version, steps);
  }

  String summary(int files, int bad, int problems) {
    return t(
        "%d 个文件, %d 个有问题, 共 %d 个问题",
        "%d file(s), %d with problems, %d problem(s) in all", files, bad, problems);
  }

  String flow() {
    return t("流程", "Flow");
  }

  String manualMinutes(double m) {
    return t("人工每项 %s 分钟", "manual: %s min per item", trim(m));
  }

  String runsOn() {
    return t("运行于", "runs on");
  }

  String systems() {
    return t("系统", "Systems");
  }

  String credential(String c) {
    return t("凭据 %s", "credential %s", c);
  }

  String noCredential() {
    return t("无需登录", "no login");
  }

  String sessions(int n) {
    return t("最多 %d 个会话", "at most %d session(s)", n);
  }

  String loginSteps(int n) {
    return t("登录 %d 步", "login: %d step(s)", n);
  }

  String input() {
    return t("输入", "Input");
  }

  String inputNone() {
    return t("无 (运行一次)", "none (runs once)");
  }

  String inputQueue(String q) {
    return t("工作队列 %s", "work queue %s", q);
  }

  String inputFile(String f) {
    return t("%s 文件", "%s file", f);
  }

  String inputForm() {
    return t("启动表单", "start form");
  }

  String required() {
    return t("必填", "required");
  }

  String outputs() {
    return t("输出", "Outputs");
  }

  String credentials() {
    return t("所需凭据", "Credentials needed");
  }

  String environment() {
    return t("读取的环境变量", "Environment variables read");
  }

  String none() {
    return t("无", "none");
  }

  String steps() {
    return t("步骤", "Steps");
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
