// Drives a study session through the API while the npm graphql-ws client is subscribed to sessionProgress.
// stdin: {url, wsUrl, token, sessionId, firstQuestionId, keys: {questionGlobalId: [correct choice ids]}, wrongFirst: bool, maxAnswers}
// 1. subscribes; 2. pauses and resumes the session until an event arrives (the subscription is live);
// 3. answers until SESSION_COMPLETE (the first answer wrong when wrongFirst), recording each mutation's progress;
// 4. waits for one event per answer and prints {mutations: [...], events: [...]} (events after the warm-up only).
'use strict';
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const headers = { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: 'Bearer ' + input.token };
async function gql(query, variables) {
  const res = await fetch(input.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const json = await res.json();
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const events = [];
  let warm = false;
  const client = createClient({ url: input.wsUrl, webSocketImpl: WebSocket, connectionParams: { Authorization: 'Bearer ' + input.token }, retryAttempts: 0 });
  let subscriptionError = null;
  const done = new Promise((resolve) => {
    client.subscribe(
      { query: 'subscription($s: ID!) { sessionProgress(sessionId: $s) { session { id status } progress { attempts answered wrongPoolSize } penaltyIndicator { text } lastAnswer { questionId answeredCorrectly nextAction } } }', variables: { s: input.sessionId } },
      {
        next: (m) => {
          if (m.errors) { subscriptionError = m.errors; return; }
          const e = m.data.sessionProgress;
          if (!warm) { if (e.lastAnswer === null) warm = true; return; }
          events.push(e);
        },
        error: (e) => { subscriptionError = String(e && e.message ? e.message : JSON.stringify(e)); resolve(); },
        complete: () => resolve(),
      });
  });
  for (let i = 0; i < 100 && !warm && !subscriptionError; i++) {
    await gql('mutation($s: ID!) { pauseSession(input: {sessionId: $s}) { errors { code } } }', { s: input.sessionId });
    await gql('mutation($s: ID!) { resumeSession(input: {sessionId: $s}) { errors { code } } }', { s: input.sessionId });
    await sleep(50);
  }
  if (subscriptionError) { process.stdout.write(JSON.stringify({ subscriptionError })); await client.dispose(); return; }
  // Events of the warm-up (pause/resume without an answer) are not counted.
  await sleep(200);
  events.length = 0;
  const mutations = [];
  let qid = input.firstQuestionId;
  for (let n = 0; n < input.maxAnswers && qid; n++) {
    const key = input.keys[qid];
    const choiceIds = n === 0 && input.wrongFirst ? [input.wrongChoices[qid]] : key;
    const d = await gql('mutation($s: ID!, $q: ID!, $c: [ID!]!) { submitAnswer(input: {sessionId: $s, questionId: $q, choiceIds: $c}) { nextAction progress { attempts answered wrongPoolSize } session { currentQuestion { id } } } }',
      { s: input.sessionId, q: qid, c: choiceIds });
    mutations.push({ questionId: qid, correct: choiceIds === key, nextAction: d.submitAnswer.nextAction, attempts: d.submitAnswer.progress.attempts });
    qid = d.submitAnswer.session.currentQuestion ? d.submitAnswer.session.currentQuestion.id : null;
  }
  // Every answer produces one progress event (the last also ends the session).
  for (let i = 0; i < 200 && events.filter((e) => e.lastAnswer).length < mutations.length; i++) await sleep(50);
  await sleep(300);
  await client.dispose();
  process.stdout.write(JSON.stringify({ mutations, events }));
}
main().catch((e) => { process.stderr.write(String(e && e.stack ? e.stack : e)); process.exit(1); });
