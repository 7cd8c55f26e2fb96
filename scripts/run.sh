#!/usr/bin/env bash
# Runs the StudyGraph API on the embedded Sqlite store (./data) with the seed banks loaded, on http://localhost:5000.
#   bash scripts/run.sh                      the API (GraphQL at /graphql, IDE in a browser, /dashboard)
#   bash scripts/run.sh import PATH          import a question bank file or folder, then exit
#   bash scripts/run.sh roles EMAIL [ROLE]   show or set a user's roles (AUTHOR, ADMIN), then exit
# Development environment: a signing key is generated into ./data on first start (never use it in production;
# set Jwt__SigningKey there). Builds the web assets first when Node.js is present and they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Data__Path="${Data__Path:-$PWD/data}"
if [ "${1:-}" != "import" ] && [ "${1:-}" != "roles" ] && [ ! -f web/dist/graphiql/index.html ] && command -v node >/dev/null 2>&1; then
  echo "== building the web assets (GraphiQL, dashboard) once; takes a minute" >&2
  bash scripts/build-web.sh || echo "!! the web build failed: the API still runs; /graphql will say how to build the IDE" >&2
fi
exec dotnet run -c Release --project src/Api --launch-profile StudyGraph.Api -- "$@"
