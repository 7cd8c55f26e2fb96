#!/usr/bin/env bash
# Runs the StudyGraph API on the embedded store with the seed data loaded.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f src/Api/StudyGraph.Api.csproj ]; then
  echo "The API host (src/Api) has not landed yet; see README.md (Status)." >&2
  exit 1
fi
exec dotnet run -c Release --project src/Api -- "$@"
