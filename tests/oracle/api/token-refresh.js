// The npm graphql-ws client across an access-token expiry: connectionParams hands out the next token of the list on every
// (re)connection, retryAttempts lets it reconnect. Streams JSON lines while the test drives the session from outside.
// stdin, first line: {wsUrl, tokens: [first, next...], sessionId}. Closing stdin ends the run.
// stdout lines: {connected: n}, {closed: {code, reason}}, {event}, {error}; at the end {summary: {connected, closed}}.
'use strict';
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');
const readline = require('readline');

const out = (o) => process.stdout.write(JSON.stringify(o) + '\n');
let client = null;
let connected = 0;
const closed = [];

function start(input) {
  const tokens = [...input.tokens];
  client = createClient({
    url: input.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: () => ({ Authorization: 'Bearer ' + (tokens.length > 1 ? tokens.shift() : tokens[0]) }),
    retryAttempts: 5,
    retryWait: () => new Promise((r) => setTimeout(r, 200)),
    lazy: false,
    on: {
      connected: () => { connected++; out({ connected }); },
      closed: (e) => { closed.push({ code: e.code, reason: e.reason }); out({ closed: { code: e.code, reason: e.reason } }); },
    },
  });
  client.subscribe({ query: 'subscription($s: ID!) { sessionProgress(sessionId: $s) { session { status } progress { attempts } } }', variables: { s: input.sessionId } }, {
    next: (m) => out(m.errors ? { error: m.errors } : { event: m.data.sessionProgress }),
    error: (e) => out({ error: String(e && e.message ? e.message : (e && e.code ? 'closed ' + e.code + ' ' + e.reason : JSON.stringify(e))) }),
    complete: () => out({ error: 'complete' }),
  });
}

const rl = readline.createInterface({ input: process.stdin });
let started = false;
rl.on('line', (line) => { if (!started) { started = true; start(JSON.parse(line)); } });
rl.on('close', async () => {
  const summary = { connected, closed: [...closed] };
  if (client) await client.dispose();
  out({ summary });
  process.exit(0);
});
