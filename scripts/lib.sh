# Shared functions of the ./rpa launcher: messages in two languages, system packages, the build,
# starting a module's main class. Sourced by ./rpa; expects ROOT, VERSION, PACKAGES, TESSDATA_DIRS.

# say ZH EN — prints the message in the user's language (Chinese unless WORKFORCE_LANG=en).
say() {
  if [ "${WORKFORCE_LANG:-zh}" = "en" ]; then printf '%s\n' "$2"; else printf '%s\n' "$1"; fi
}

is_root() { [ "$(id -u)" -eq 0 ]; }

# missing_packages — prints the Debian packages of PACKAGES that are not installed.
missing_packages() {
  local p
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || printf '%s ' "$p"
  done
}

# ensure_packages — installs missing system packages quietly when root; otherwise stops and says which.
ensure_packages() {
  local missing
  missing="$(missing_packages)"
  [ -z "$missing" ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    say "缺少系统软件包: $missing (本机没有 apt-get, 请手动安装对应软件)" \
        "Missing system packages: $missing (no apt-get here: install their equivalents by hand)" >&2
    exit 1
  fi
  if ! is_root; then
    say "缺少系统软件包: $missing
请以 root 身份运行: sudo apt-get install -y $missing" \
        "Missing system packages: $missing
Install them as root: sudo apt-get install -y $missing" >&2
    exit 1
  fi
  say "正在安装缺少的系统软件包: $missing" "Installing missing system packages: $missing"
  local log
  log="$(mktemp)"
  # shellcheck disable=SC2086
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing; } >"$log" 2>&1; then
    cat "$log" >&2
    say "安装失败: apt-get install -y $missing" "Installation failed: apt-get install -y $missing" >&2
    exit 1
  fi
  rm -f "$log"
}

# ensure_toolchain — Java 17+ and Maven 3.8+ (installed from Debian when root and missing).
ensure_toolchain() {
  local need=()
  command -v java >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
  command -v mvn >/dev/null 2>&1 || need+=(maven)
  if [ ${#need[@]} -gt 0 ]; then
    if is_root; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
    else
      say "缺少: ${need[*]}. 请运行: sudo apt-get install -y ${need[*]}" \
          "Missing: ${need[*]}. Run: sudo apt-get install -y ${need[*]}" >&2
      exit 1
    fi
  fi
  local major
  major="$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)"
  if [ -z "$major" ] || [ "$major" -lt 17 ]; then
    say "需要 Java 17 或更高版本 (当前: ${major:-未知})." "Java 17 or newer is needed (found: ${major:-unknown})." >&2
    exit 1
  fi
}

# build_if_needed [force] — packages every module (tests skipped) when a source is newer than the last build.
# WORKFORCE_SKIP_BUILD=1 uses the modules as built (tests that run ./rpa inside a Maven build set it).
build_if_needed() {
  local stamp="$ROOT/target/.rpa-build-stamp"
  if [ "${1:-}" != force ] && [ "${WORKFORCE_SKIP_BUILD:-}" = 1 ]; then
    return 0
  fi
  if [ "${1:-}" != force ] && [ -f "$stamp" ] && [ -z "$(cd "$ROOT" && find . -path '*/target' -prune -o \
        -path './.git' -prune -o -path './node_modules' -prune -o -type f -newer "$stamp" \
        \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -print -quit)" ]; then
    return 0
  fi
  say "正在构建 (跳过测试) ..." "Building (tests skipped) ..."
  mkdir -p "$ROOT/target"
  local log="$ROOT/target/rpa-build.log"
  if ! (cd "$ROOT" && mvn -B -ntp -q -DskipTests package) >"$log" 2>&1; then
    grep -E '^\[ERROR\]' "$log" | head -40 >&2
    say "构建失败, 完整日志: $log" "Build failed; full log: $log" >&2
    exit 1
  fi
  touch "$stamp"
}

# module_classpath MODULE — the module's jar plus its runtime dependencies.
module_classpath() {
  local module="$1" dir="$ROOT/$1/target"
  if [ ! -f "$dir/classpath.txt" ]; then
    say "模块 $module 尚未构建或没有可运行的程序." "Module $module is not built or has no program to run." >&2
    exit 1
  fi
  printf '%s:%s' "$dir/$module-$VERSION.jar" "$(cat "$dir/classpath.txt")"
}

# run_java MODULE MAIN_CLASS ARGS... — runs a module's main class in this shell's place.
run_java() {
  local module="$1" main="$2"
  shift 2
  local cp
  cp="$(module_classpath "$module")"
  if ! unzip -l "$ROOT/$module/target/$module-$VERSION.jar" "${main//.//}.class" >/dev/null 2>&1; then
    say "该功能尚未实现: $main 不在 $module 模块中." "Not available yet: $main is not in module $module." >&2
    exit 3
  fi
  exec java ${WORKFORCE_JAVA_OPTS:-} -Dfile.encoding=UTF-8 -Dworkforce.home="$ROOT" -cp "$cp" "$main" "$@"
}

# run_orchestrator ARGS... — the orchestrator, supervised: its JVM ends itself when the heap is exhausted
# (-XX:+ExitOnOutOfMemoryError, exit status 3) rather than live on answering nothing, and is then started
# again on the same data. Any other end (Ctrl-C, a stop, a bad setting) ends this command with its status.
run_orchestrator() {
  local main=io.workforce.orchestrator.OrchestratorApplication cp child status
  cp="$(module_classpath orchestrator)"
  if ! unzip -l "$ROOT/orchestrator/target/orchestrator-$VERSION.jar" "${main//.//}.class" >/dev/null 2>&1; then
    say "该功能尚未实现: $main 不在 orchestrator 模块中." "Not available yet: $main is not in module orchestrator." >&2
    exit 3
  fi
  umask 077 # every file it writes (database, logs, keys, uploads) is the orchestrator user's alone
  trap 'kill -TERM "$child" 2>/dev/null; wait "$child"; exit 143' TERM
  trap 'kill -TERM "$child" 2>/dev/null; wait "$child"; exit 130' INT # a background java ignores SIGINT
  while true; do
    # shellcheck disable=SC2086 # WORKFORCE_JAVA_OPTS holds several options
    java ${WORKFORCE_JAVA_OPTS:-} -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8 -Dworkforce.home="$ROOT" \
      -cp "$cp" "$main" "$@" &
    child=$!
    status=0
    wait "$child" || status=$?
    if [ "$status" -ne 3 ]; then
      return "$status"
    fi
    say "编排器内存耗尽后已退出 (退出码 3), 5 秒后重启 ..." \
      "The orchestrator ran out of memory and ended (exit 3); starting it again in 5 s ..." >&2
    sleep 5
  done
}

# attr TAG NAME — the value of attribute NAME in an XML start tag (0 when absent).
attr() { local v; v="$(printf '%s' "$1" | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9]*')"; echo "${v:-0}"; }

# print_test_summary — totals per module from the surefire (*Test) and failsafe (*IT) reports.
print_test_summary() {
  local module kind file t f e s any=0
  printf '\n%-16s %-9s %6s %6s %6s %6s\n' "module" "kind" "tests" "fail" "error" "skip"
  for module in $(sed -n 's:.*<module>\(.*\)</module>.*:\1:p' "$ROOT/pom.xml"); do
    for kind in surefire failsafe; do
      t=0 f=0 e=0 s=0
      for file in "$ROOT/$module/target/$kind-reports"/TEST-*.xml; do
        [ -f "$file" ] || continue
        local tag
        tag="$(head -c 4000 "$file" | tr '\n' ' ' | grep -o '<testsuite [^>]*>' | head -1)"
        tt="$(attr "$tag" tests)" ff="$(attr "$tag" failures)" ee="$(attr "$tag" errors)" ss="$(attr "$tag" skipped)"
        t=$((t + ${tt:-0})) f=$((f + ${ff:-0})) e=$((e + ${ee:-0})) s=$((s + ${ss:-0}))
      done
      [ "$t" -gt 0 ] && { printf '%-16s %-9s %6d %6d %6d %6d\n' "$module" "$( [ $kind = surefire ] && echo unit || echo integr.)" "$t" "$f" "$e" "$s"; any=1; }
    done
  done
  [ "$any" -eq 1 ] || echo "(no test reports)"
}

# doctor_report — what this machine has, what is missing, and the exact command to install it.
doctor_report() {
  local ok=1 missing=()
  check() { # NAME OK? DETAIL
    if [ "$2" = yes ]; then printf '  [ok]      %-22s %s\n' "$1" "$3"; else printf '  [missing] %-22s %s\n' "$1" "$3"; ok=0; fi
  }
  say "Workforce 环境检查" "Workforce doctor"
  local jv mv
  jv="$(java -version 2>&1 | head -1 || true)"
  mv="$(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g' || true)"
  local jmajor
  jmajor="$(printf '%s' "$jv" | sed -n 's/.*version "\([0-9]*\).*/\1/p')"
  check "java (17+)" "$([ -n "$jmajor" ] && [ "$jmajor" -ge 17 ] && echo yes || echo no)" "${jv:-not found}"
  [ -n "$jmajor" ] && [ "$jmajor" -ge 17 ] || missing+=(openjdk-17-jdk-headless)
  check "maven (3.8+)" "$([ -n "$mv" ] && echo yes || echo no)" "${mv:-not found}"
  [ -n "$mv" ] || missing+=(maven)
  local cv dv
  cv="$(/usr/bin/chromium --version 2>/dev/null | grep -o 'Chromium [0-9.]*' || true)"
  check chromium "$([ -n "$cv" ] && echo yes || echo no)" "${cv:-/usr/bin/chromium not found}"
  [ -n "$cv" ] || missing+=(chromium)
  dv="$(/usr/bin/chromedriver --version 2>/dev/null | grep -o 'ChromeDriver [0-9.]*' || true)"
  check chromedriver "$([ -n "$dv" ] && echo yes || echo no)" "${dv:-/usr/bin/chromedriver not found}"
  [ -n "$dv" ] || missing+=(chromium-driver)
  if [ -n "$cv" ] && [ -n "$dv" ] && [ "$(echo "$cv" | grep -o '[0-9]*' | head -1)" != "$(echo "$dv" | grep -o '[0-9]*' | head -1)" ]; then
    check "chromium = driver" no "$cv vs $dv: apt-get install -y chromium chromium-driver"
  fi
  local tv
  tv="$(tesseract --version 2>/dev/null | head -1 || true)"
  check tesseract "$([ -n "$tv" ] && echo yes || echo no)" "${tv:-not found}"
  [ -n "$tv" ] || missing+=(tesseract-ocr)
  local lang dir found
  for lang in eng chi_sim; do
    found=""
    for dir in "${TESSDATA_DIRS[@]}"; do [ -f "$dir/$lang.traineddata" ] && found="$dir/$lang.traineddata"; done
    check "tessdata $lang" "$([ -n "$found" ] && echo yes || echo no)" "${found:-not found}"
    [ -n "$found" ] || missing+=("tesseract-ocr-${lang//_/-}")
  done
  local font
  font="$(fc-list 2>/dev/null | grep -m1 -o 'Noto Sans CJK SC' || true)"
  check "CJK fonts" "$([ -n "$font" ] && echo yes || echo no)" "${font:-Noto Sans CJK SC not found}"
  [ -n "$font" ] || missing+=(fonts-noto-cjk)
  local pg
  pg="$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || true)"
  check postgresql "$([ -n "$pg" ] && echo yes || echo no)" "${pg:-server binaries not found}"
  [ -n "$pg" ] || missing+=(postgresql)
  # ./rpa cluster and the cluster tests put HAProxy in front of the orchestrator nodes
  local hv
  hv="$(/usr/sbin/haproxy -v 2>/dev/null | grep -o 'version [0-9.]*' | head -1 || true)"
  check haproxy "$([ -n "$hv" ] && echo yes || echo no)" "${hv:-/usr/sbin/haproxy not found}"
  [ -n "$hv" ] || missing+=(haproxy)
  # the desktop assistant's tests open real windows on a virtual X server (xvfb-run needs xauth)
  local xv
  xv="$(command -v xvfb-run 2>/dev/null || true)"
  check "xvfb (tests)" "$([ -n "$xv" ] && command -v Xvfb >/dev/null 2>&1 && echo yes || echo no)" "${xv:-xvfb-run not found}"
  [ -n "$xv" ] || missing+=(xvfb)
  check "xauth (tests)" "$(command -v xauth >/dev/null 2>&1 && echo yes || echo no)" "$(command -v xauth || echo 'not found')"
  command -v xauth >/dev/null 2>&1 || missing+=(xauth)
  if [ "$ok" -eq 1 ]; then
    say "一切就绪." "All set."
  else
    say "缺少的软件可用以下命令安装:" "Install what is missing with:"
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}"
    return 1
  fi
}
