// Streams sessionProgress events from several API instances with the npm graphql-ws client, one JSON line per message,
// while the test drives the session (and restarts what it likes) from outside.
// stdin, first line: {clients: [{name, wsUrl}], token, sessionId}. Closing stdin ends the run.
// stdout lines: {client, event} for each `next`, {client, error} for an error or completion, and at the end
// {summary: {name: {connected, closed}}}: how often each websocket connected and closed (retryAttempts is 0: a dropped socket is not reopened).
'use strict';
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');
const readline = require('readline');

const query = 'subscription($s: ID!) { sessionProgress(sessionId: $s) { session { id status } progress { attempts answered wrongPoolSize } lastAnswer { questionId answeredCorrectly nextAction } } }';
const out = (o) => process.stdout.write(JSON.stringify(o) + '\n');
const clients = [];
const summary = {};

function start(input) {
  for (const c of input.clients) {
    const counts = { connected: 0, closed: 0 };
    summary[c.name] = counts;
    const client = createClient({
      url: c.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { Authorization: 'Bearer ' + input.token },
      retryAttempts: 0,
      lazy: false,
      on: { connected: () => counts.connected++, closed: () => counts.closed++ },
    });
    clients.push(client);
    client.subscribe({ query, variables: { s: input.sessionId } }, {
      next: (m) => out(m.errors ? { client: c.name, error: m.errors } : { client: c.name, event: m.data.sessionProgress }),
      error: (e) => out({ client: c.name, error: String(e && e.message ? e.message : (e && e.code ? 'closed ' + e.code + ' ' + e.reason : JSON.stringify(e))) }),
      complete: () => out({ client: c.name, error: 'complete' }),
    });
  }
}

const rl = readline.createInterface({ input: process.stdin });
let started = false;
rl.on('line', (line) => { if (!started) { started = true; start(JSON.parse(line)); } });
rl.on('close', async () => {
  // Counted before disposing: the closes the test cares about are the ones it did not ask for.
  const result = JSON.parse(JSON.stringify(summary));
  await Promise.all(clients.map((c) => c.dispose()));
  out({ summary: result });
  process.exit(0);
});
