#!/usr/bin/env bash
# Runs every StudyGraph test. Installs what the tests need when it is missing:
#   - redis-server (Debian package) for the Redis tests (without it they are reported as skipped),
#   - the npm reference implementations in tests/oracle (graphql-js, bson, mongodb, graphql-http, graphql-ws),
#   - Debian's chromium for the browser tests (without it they are reported as skipped),
#   - the web assets (scripts/build-web.sh: npm ci, codegen, tsc --noEmit, Vite builds); a failure there fails the run.
# Builds once, runs every test project, and always ends with one line: "N passed, N failed[, N skipped]",
# counted from the test result files (a failed build or a test project that wrote no results counts as failed).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
problems=0   # failures outside the test results: build, crashed test hosts

summary() {
  local passed=0 failed=$problems skipped=0 trx counters
  shopt -s nullglob
  for trx in "$root"/TestResults/*.trx; do
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
    get() { local v; v=$(echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'); echo "${v:-0}"; }
    passed=$((passed + $(get passed)))
    failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
    # VSTest counts a skipped test in total but not in executed (notExecuted stays 0).
    skipped=$((skipped + $(get total) - $(get executed)))
  done
  local line="$passed passed, $failed failed"
  [ "$skipped" != 0 ] && line="$line, $skipped skipped"
  summarized=1
  echo "$line"
  [ "$failed" = 0 ]
}
summarized=0

# Long steps run in the background and are waited for: a signal then interrupts the wait at once (bash runs a trap
# only after a foreground child ends), and the interruption stops the step's whole process tree.
child=""
step() {
  "$@" &
  child=$!
  wait "$child"
  local rc=$?
  child=""
  return $rc
}
kill_tree() {
  local pid=$1 c
  for c in $(ps -o pid= --ppid "$pid" 2>/dev/null); do kill_tree "$c"; done
  kill -TERM "$pid" 2>/dev/null || true
}

# Interrupted (CI time limit, Ctrl-C): still end with the line, counting what finished plus the interruption.
trap 'echo "!! interrupted"; [ -n "$child" ] && kill_tree "$child"; problems=$((problems + 1)); summary; exit 130' INT TERM
# Any other way out (an unexpected error included) still ends with the line.
trap '[ "$summarized" = 1 ] || summary' EXIT

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

rm -rf "$root/TestResults"

if ! command -v redis-server >/dev/null 2>&1; then
  echo "== installing redis-server"
  as_root apt-get update -qq >/dev/null 2>&1 || true
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null \
    || echo "!! could not install redis-server: the Redis tests will be reported as skipped" >&2
fi

if ! command -v chromium >/dev/null 2>&1; then
  echo "== installing chromium"
  as_root apt-get update -qq >/dev/null 2>&1 || true
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
    || echo "!! could not install chromium: the browser tests will be reported as skipped" >&2
fi

if command -v node >/dev/null 2>&1; then
  echo "== installing test oracles (npm)"
  (cd tests/oracle && { npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>&1 || npm install --no-audit --no-fund --loglevel=error >/dev/null; }) \
    || echo "!! npm could not install tests/oracle: the oracle tests will fail" >&2
else
  echo "!! node is not installed: the oracle tests will fail (install Node.js 20+)" >&2
fi

if command -v node >/dev/null 2>&1; then
  echo "== web assets (codegen + tsc --noEmit + vite)"
  if ! step bash scripts/build-web.sh; then
    echo "!! the web build failed (an operation that no longer matches schema.graphql fails it)"
    problems=$((problems + 1))
  fi
fi

echo "== build"
if ! step dotnet build StudyGraph.slnx -c Release -nologo -clp:ErrorsOnly; then
  echo "!! the build failed"
  problems=1
  summary
  exit 1
fi

echo "== test"
for proj in tests/*.Tests/*.csproj; do
  name=$(basename "$proj" .csproj)
  # A test that hangs is stopped after 15 minutes (its project then counts as failed), well inside CI's limit.
  if ! step dotnet test "$proj" -c Release --no-build -nologo --blame-hang-timeout 15m --blame-hang-dump-type none \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
      --results-directory "$root/TestResults" "$@"; then
    # A failing test is counted from the results; a host that crashed before writing them is counted here.
    [ -f "$root/TestResults/$name.trx" ] || { echo "!! $name wrote no test results (test host crashed)"; problems=$((problems + 1)); }
  fi
done

summary
