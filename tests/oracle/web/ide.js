// Browser suite (a): GraphiQL served by the API at GET /graphql loads with every request fenced to 127.0.0.1,
// runs a query and shows its result; then, with a token typed into the headers editor, runs an examActivity
// subscription over graphql-transport-ws and shows an event caused by another client's submitAnswer.
// stdin: { base, chromium, webDir, screenshotDir, query, expect, subscription?: { token, examId, answer: { token, sessionId, questionId, choiceIds } } }
'use strict';
const { launch, screenshot, graphql, run } = require('./browser');

const editorValue = (page, selector) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    return el && el.CodeMirror ? el.CodeMirror.getValue() : null;
  }, selector);

const setEditor = (page, selector, text) =>
  page.evaluate(
    ([sel, value]) => {
      const el = document.querySelector(sel);
      if (!el || !el.CodeMirror) throw new Error(`no CodeMirror at ${sel}`);
      el.CodeMirror.setValue(value);
    },
    [selector, text],
  );

const QUERY = '.graphiql-query-editor .CodeMirror';
const RESULT = '.result-window .CodeMirror';
const HEADERS = '.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror';

async function waitForResult(page, needle, timeout) {
  await page.waitForFunction(
    ([sel, text]) => {
      const el = document.querySelector(sel);
      return !!el && !!el.CodeMirror && el.CodeMirror.getValue().includes(text);
    },
    [RESULT, needle],
    { timeout },
  );
  return editorValue(page, RESULT);
}

run(async (input) => {
  const { browser, context, fence } = await launch(input);
  const out = { screenshots: [] };
  try {
    const page = await context.newPage();
    const response = await page.goto(`${input.base}/graphql`, { waitUntil: 'load' });
    out.pageStatus = response.status();
    out.pageContentType = response.headers()['content-type'];
    await page.waitForSelector('.graphiql-container', { timeout: 30000 });
    await page.waitForSelector(QUERY, { timeout: 30000 });
    out.title = await page.title();
    out.defaultHeaders = await editorValue(page, HEADERS);

    await setEditor(page, QUERY, input.query);
    // GraphiQL derives the operation name from the editor after a short debounce: executing at once could send the
    // previous document's operation name ("Unknown operation named ...").
    await page.waitForTimeout(700);
    await page.click('.graphiql-execute-button');
    out.result = await waitForResult(page, input.expect, 30000);
    out.screenshots.push(await screenshot(page, input.screenshotDir, 'graphiql-query.png'));

    if (input.subscription) {
      const s = input.subscription;
      await setEditor(page, HEADERS, JSON.stringify({ Authorization: `Bearer ${s.token}` }, null, 2));
      await setEditor(
        page,
        QUERY,
        `subscription Live {\n  examActivity(examId: ${JSON.stringify(s.examId)}) {\n    activeSessions\n    answersPerMinute\n    accuracy\n    at\n  }\n}\n`,
      );
      await page.waitForTimeout(700); // the operation name debounce (see above)
      await page.click('.graphiql-execute-button');
      // The socket opens on execute; give the server a moment to register the subscription before the answer.
      await page.waitForFunction(() => [...document.querySelectorAll('.graphiql-execute-button')].length > 0);
      await page.waitForTimeout(800);
      const before = await editorValue(page, RESULT);
      const answer = await graphql(input.base, ANSWER, { input: { sessionId: s.answer.sessionId, questionId: s.answer.questionId, choiceIds: s.answer.choiceIds } }, s.answer.token);
      out.answerStatus = answer.status;
      out.answerErrors = answer.body.errors ?? null;
      await page.waitForFunction(
        ([sel, prev]) => {
          const el = document.querySelector(sel);
          const v = el && el.CodeMirror ? el.CodeMirror.getValue() : '';
          return v !== prev && v.includes('"answersPerMinute"');
        },
        [RESULT, before],
        { timeout: 10000 },
      );
      out.subscriptionResult = await editorValue(page, RESULT);
      out.screenshots.push(await screenshot(page, input.screenshotDir, 'graphiql-subscription.png'));
      await page.click('.graphiql-execute-button'); // stops the subscription
    }
  } finally {
    out.fence = fence;
    await browser.close();
  }
  return out;
});

const ANSWER = `mutation Answer($input: SubmitAnswerInput!) { submitAnswer(input: $input) { correct nextAction } }`;
