// stdin: {wsUrl, token, queries: [{query, variables}]}: subscribes to each with the npm graphql-ws client and
// prints, per query, the first message or error received: [{data?, errors?}].
'use strict';
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');
const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
async function main() {
  const client = createClient({ url: input.wsUrl, webSocketImpl: WebSocket, connectionParams: { Authorization: 'Bearer ' + input.token }, retryAttempts: 0 });
  const out = [];
  for (const q of input.queries) {
    out.push(await new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ errors: [{ message: 'timeout', extensions: { code: 'TIMEOUT' } }] }), 10000);
      const stop = client.subscribe(q, {
        next: (m) => { clearTimeout(timer); stop(); resolve(m); },
        error: (e) => { clearTimeout(timer); resolve({ errors: Array.isArray(e) ? e : [{ message: String(e && e.message || e), extensions: { code: 'CLOSED' } }] }); },
        complete: () => {},
      });
    }));
  }
  await client.dispose();
  process.stdout.write(JSON.stringify(out));
}
main().catch((e) => { process.stderr.write(String(e && e.stack ? e.stack : e)); process.exit(1); });
