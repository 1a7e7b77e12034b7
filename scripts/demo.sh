# ./rpa demo — the whole product on embedded defaults. Sourced by ./rpa after the build.
# The launcher is io.workforce.demo.DemoMain (module demo/): it runs the sample systems itself and starts the
# orchestrator and the robots as child processes from their modules' jars; Ctrl-C stops them all.
demo_main() {
  run_java demo io.workforce.demo.DemoMain "$@"
}
