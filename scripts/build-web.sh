#!/usr/bin/env bash
# Builds StudyGraph's web assets (web/): the offline GraphiQL IDE and the live dashboard.
#   bash scripts/build-web.sh           npm ci, codegen, tsc --noEmit, both Vite builds -> web/dist/{graphiql,dashboard}, .br/.gz copies
#   bash scripts/build-web.sh --check   npm ci, codegen, tsc --noEmit only: fails when an operation no longer matches schema.graphql
# Needs Node.js 20.19+ and npm. Exits non-zero on the first failure. The API serves web/dist when it exists
# and otherwise says, at /graphql and /dashboard, that the assets are not built and how to build them.
set -euo pipefail
cd "$(dirname "$0")/../web"

mode=build
case "${1:-}" in
  --check) mode=check ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

command -v node >/dev/null 2>&1 || { echo "!! build-web: node is not installed (Node.js 20.19+ is needed)" >&2; exit 1; }
command -v npm >/dev/null 2>&1 || { echo "!! build-web: npm is not installed" >&2; exit 1; }

step() { local name=$1; shift; local t0=$SECONDS; echo "== web: $name"; "$@"; echo "   ($((SECONDS - t0)) s)"; }

install() {
  if [ ! -f package-lock.json ]; then
    npm install --no-audit --no-fund --loglevel=error
    return
  fi
  # npm ci wipes and reinstalls node_modules; skip it when the last successful one used this exact lockfile.
  local stamp=node_modules/.studygraph-lock.sha256 want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    echo "   node_modules matches package-lock.json"
    return
  fi
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
}

step "install (npm ci)" install
step "codegen (schema.graphql -> dashboard/src/gql)" npx --no-install graphql-codegen --config codegen.yml --silent
step "typecheck (tsc --noEmit)" npx --no-install tsc --noEmit -p tsconfig.json
if [ "$mode" = build ]; then
  step "vite build graphiql -> web/dist/graphiql" npx --no-install vite build --config vite.graphiql.config.ts
  step "vite build dashboard -> web/dist/dashboard" npx --no-install vite build --config vite.dashboard.config.ts
  step "precompress (.br, .gz beside the larger files)" node scripts/compress.mjs
fi
echo "== web: $mode ok"
