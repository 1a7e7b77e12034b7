package io.workforce.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@code ./rpa bench}: {@code [--quick] [NAME...]}, or {@code -h/--help}. Help
 * and every mistake (an unknown option or benchmark name) print the usage with the benchmark names
 * and start nothing.
 *
 * @param quick fewer repetitions
 * @param only the benchmarks to run; empty means all
 * @param error what is wrong with the command line, or null; with {@code help} false and an error,
 *     the caller exits 2
 * @param help whether the usage was asked for
 */
record BenchArgs(boolean quick, List<String> only, String error, boolean help) {

  static BenchArgs parse(String[] args, List<String> names, boolean english) {
    boolean quick = false;
    List<String> only = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("-h") || arg.equals("--help")) {
        return new BenchArgs(quick, List.of(), null, true);
      } else if (arg.equals("--quick")) {
        quick = true;
      } else if (arg.startsWith("-")) {
        return new BenchArgs(
            quick,
            List.of(),
            english ? "unknown option '" + arg + "'" : "未知选项 '" + arg + "'",
            false);
      } else if (!names.contains(arg)) {
        return new BenchArgs(
            quick,
            List.of(),
            english ? "unknown benchmark '" + arg + "'" : "未知的基准测试 '" + arg + "'",
            false);
      } else {
        only.add(arg);
      }
    }
    return new BenchArgs(quick, List.copyOf(only), null, false);
  }

  static String usage(List<String> names, boolean english) {
    String list = String.join(", ", names);
    return english
        ? "Usage: ./rpa bench [--quick] [NAME...]\n"
            + "Runs the benchmark programs (all, or the NAMEs given), prints each figure against its"
            + " baseline\nand writes the table into docs/performance.md.\n\n"
            + "  --quick      fewer repetitions (all benchmarks together in under five minutes)\n"
            + "  -h, --help   show this help and start nothing\n\n"
            + "Benchmarks: "
            + list
            + "\nExample: ./rpa bench --quick ocr runtime\n"
        : "用法: ./rpa bench [--quick] [名称...]\n"
            + "运行基准测试 (全部, 或给出的名称), 打印每项指标与其基线之比, 并写入 docs/performance.md。\n\n"
            + "  --quick      减少重复次数 (全部基准测试合计五分钟以内)\n"
            + "  -h, --help   显示本帮助, 不启动任何东西\n\n"
            + "基准测试: "
            + list
            + "\n示例: ./rpa bench --quick ocr runtime\n";
  }

  static boolean english() {
    return "en".equalsIgnoreCase(System.getenv().getOrDefault("WORKFORCE_LANG", "zh"));
  }
}
