// Runs operations through the reference graphql-transport-ws client (graphql-ws createClient over the ws package).
// stdin: {"url", "connectionParams", "operations": [{"id", "query", "variables"}]}
// stdout: {"acknowledged": payload, "results": {id: {"events": [payload...], "completed": bool, "error": any}}}
'use strict';
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

async function main() {
  const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
  let acknowledged = null;
  const client = createClient({
    url: input.url,
    webSocketImpl: WebSocket,
    connectionParams: input.connectionParams,
    retryAttempts: 0,
    lazy: true,
    on: { connected: (_socket, payload) => { acknowledged = payload ?? null; } },
  });
  const results = {};
  await Promise.all(input.operations.map((op) => new Promise((resolve) => {
    const result = { events: [], completed: false, error: null };
    results[op.id] = result;
    client.subscribe({ query: op.query, variables: op.variables ?? undefined }, {
      next: (value) => result.events.push(value),
      error: (error) => {
        result.error = error instanceof Error ? { message: error.message } : (error && error.code ? { code: error.code, reason: error.reason } : error);
        resolve();
      },
      complete: () => { result.completed = true; resolve(); },
    });
  })));
  await client.dispose();
  process.stdout.write(JSON.stringify({ acknowledged, results }));
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e));
  process.exit(1);
});
