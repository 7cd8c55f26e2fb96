// stdin: {url, wsUrl, authorToken, learnerToken, examId, sessionId, questionId}: an author subscribes to examActivity
// (npm graphql-ws), a learner answers once over HTTP; prints {first, afterAnswer, millisToUpdate}.
'use strict';
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');
const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function main() {
  const client = createClient({ url: input.wsUrl, webSocketImpl: WebSocket, connectionParams: { Authorization: 'Bearer ' + input.authorToken }, retryAttempts: 0 });
  const views = [];
  let failure = null;
  client.subscribe({ query: 'subscription($e: ID!) { examActivity(examId: $e) { activeSessions answersPerMinute accuracy recent { minute answers accuracy } at } }', variables: { e: input.examId } },
    { next: (m) => { if (m.errors) failure = m.errors; else views.push({ at: Date.now(), view: m.data.examActivity }); }, error: (e) => { failure = String(e); }, complete: () => {} });
  for (let i = 0; i < 200 && views.length === 0 && !failure; i++) await sleep(25);
  if (failure) throw new Error(JSON.stringify(failure));
  const first = views[0].view;
  const sent = Date.now();
  const res = await fetch(input.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + input.learnerToken },
    body: JSON.stringify({ query: 'mutation($s: ID!, $q: ID!) { submitAnswer(input: {sessionId: $s, questionId: $q, choiceIds: ["a"]}) { nextAction } }', variables: { s: input.sessionId, q: input.questionId } }) });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const total = (v) => v.recent.reduce((n, p) => n + p.answers, 0);
  let after = null;
  for (let i = 0; i < 400 && !after; i++) {
    after = views.find((v) => v.at >= sent && total(v.view) > total(first)) || null;
    if (!after) await sleep(10);
  }
  await client.dispose();
  if (!after) throw new Error('no update after the answer: ' + JSON.stringify(views.map((v) => v.view)));
  process.stdout.write(JSON.stringify({ first, afterAnswer: after.view, millisToUpdate: after.at - sent }));
}
main().catch((e) => { process.stderr.write(String(e && e.stack ? e.stack : e)); process.exit(1); });
