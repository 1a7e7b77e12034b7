# ./rpa demo — the whole product on embedded defaults. Sourced by ./rpa after the build.
demo_main() {
  say "演示尚未完成: 各模块正在建设中. 可单独运行 ./rpa samples 或 ./rpa orchestrator." \
      "The demo is not complete yet: modules are being built. Try ./rpa samples or ./rpa orchestrator."
  exit 3
}
