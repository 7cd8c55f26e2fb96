#!/usr/bin/env bash
# Runs every StudyGraph test. Installs what the tests need when it is missing:
#   - redis-server (Debian package) for the Redis tests,
#   - the npm reference implementations in tests/oracle (graphql-js, bson, mongodb, graphql-http, graphql-ws).
# Builds once, runs every test project, and ends with one line: "N passed, N failed[, N skipped]".
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v redis-server >/dev/null 2>&1; then
  echo "== installing redis-server"
  as_root apt-get update -qq >/dev/null || true
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi

if command -v node >/dev/null 2>&1; then
  echo "== installing test oracles (npm)"
  (cd tests/oracle && npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>&1 || npm install --no-audit --no-fund --loglevel=error >/dev/null)
else
  echo "!! node is not installed: oracle tests will fail (install Node.js 20+)" >&2
fi

echo "== build"
dotnet build StudyGraph.slnx -c Release -nologo -clp:ErrorsOnly

echo "== test"
rm -rf TestResults
status=0
for proj in tests/*.Tests/*.csproj; do
  name=$(basename "$proj" .csproj)
  dotnet test "$proj" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$root/TestResults" "$@" || status=$?
done

passed=0; failed=0; skipped=0
shopt -s nullglob
for trx in TestResults/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  # VSTest counts a skipped test in total but not in executed (notExecuted stays 0).
  skipped=$((skipped + $(get total) - $(get executed)))
done
if [ "$status" != 0 ] && [ "$failed" = 0 ]; then failed=1; echo "!! dotnet test exited $status without a failed test recorded (crash or build problem)"; fi
line="$passed passed, $failed failed"
[ "$skipped" != 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" = 0 ]
